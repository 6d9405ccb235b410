#!/usr/bin/env python3
"""(Re)generate tests/syntax/invalid/*.py: small sources that CPython 3.11 rejects.

Each snippet is one file; the name prefix is its group. The expected result is
NOT stored: tests/run_tests.py asks CPython (`compile(src, path, 'exec')`) at
test time. Snippets that CPython rejects only after parsing (in the symbol
table or compiler pass; `ast.parse` accepts them) get a first line
`# stage: symtable` or `# stage: compiler` saying so.

Run:  python3 tests/syntax/gen_invalid.py   (rewrites the directory's *.py)
"""
import ast
import os
import symtable
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "invalid")

S = {}  # name -> source bytes


def add(name, src):
    assert name not in S, name
    S[name] = src if isinstance(src, bytes) else src.encode("utf-8")


# --- brackets: unclosed / unmatched / mismatched ------------------------------
add("brackets_paren_never_closed", "x = (1, 2\n")
add("brackets_bracket_never_closed", "x = [1, 2\n")
add("brackets_brace_never_closed", "x = {1: 2,\n")
add("brackets_never_closed_multiline", "foo(1,\n    2,\n    3\n")
add("brackets_never_closed_before_def", "x = (\ndef f(): pass\n")
add("brackets_never_closed_call", "print((1, 2)\n")
add("brackets_never_closed_def_params", "def f(a,\n")
add("brackets_unmatched_paren", "x = 1)\n")
add("brackets_unmatched_bracket", "x = ]\n")
add("brackets_unmatched_brace", "}\n")
add("brackets_unmatched_paren_line3", "a = 1\nb = 2\nc = (3))\n")
add("brackets_mismatch_paren_bracket", "x = (1, 2]\n")
add("brackets_mismatch_bracket_brace", "x = [1, 2}\n")
add("brackets_mismatch_brace_paren", "x = {1: (2}\n")
add("brackets_mismatch_multiline", "x = (1,\n 2]\n")

# --- generic invalid syntax -----------------------------------------------------
add("syntax_two_names", "a b\n")
add("syntax_trailing_operator", "x = 1 +\n")
add("syntax_keyword_as_name", "class = 1\n")
add("syntax_else_without_if", "else:\n    pass\n")
add("syntax_elif_after_else", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n")
add("syntax_maybe_meant_eq", "if x = 1:\n    pass\n")
add("syntax_lone_semicolon", ";\n")
add("syntax_double_semicolon", "a = 1; ; b = 2\n")
add("syntax_backtick", "`x`\n")
add("syntax_decorator_empty", "@\ndef f(): pass\n")
add("syntax_decorator_not_def", "@x\nx = 1\n")
add("syntax_if_expr_no_else", "def f(): return\nx = 1 if 2\n")
add("syntax_if_expr_else_nothing", "x = 1 if 2 else\n")
add("syntax_comprehension_no_iter", "x = [i for i in]\n")
add("syntax_genexp_dangling_for", "x = (1 for x in y for)\n")
add("syntax_dict_missing_value", "{1:}\n")
add("syntax_dict_missing_colon", "{1:2, 3}\n")
add("syntax_dict_kwunpack_key", "x = {**a: b}\n")
add("syntax_dict_starred_value", "x = {a: *b}\n")
add("syntax_assert_empty", "assert\n")
add("syntax_raise_from_only", "raise from x\n")
add("syntax_global_empty", "global\n")
add("syntax_def_alone", "def\n")
add("syntax_class_bases_open", "class C(:\n    pass\n")
add("syntax_class_genexp_base", "class C(x for x in y): pass\n")
add("syntax_not_between", "x = 1 not 2\n")
add("syntax_is_not_not", "x = a is not not b\n")
add("syntax_not_alone", "x = not\n")
add("syntax_generic_params_311", "def f[T](): pass\n")
add("syntax_type_alias_311", "type X = int\n")
add("syntax_kwunpack_empty", "f(**)\n")
add("syntax_genexp_not_sole_arg", "f(x for x in y, 1)\n")
add("syntax_error_on_line_5", "import os\n\n\ndef f():\n    return os.path.join(a b)\n")
add("syntax_crlf_line_endings", b"x = 1\r\ny = (2 +\r\nz = 3\r\n")
add("syntax_barry_as_flufl_ne", "x = a <> b\n")
add("syntax_unexpected_indent_before_token_error", "       '{!r} is required'.format(name))\n")
add("syntax_unexpected_indent_before_unterminated", "    x = 1\n    'abc\n")

# --- forgot a comma -------------------------------------------------------------
add("comma_list", "x = [1 2]\n")
add("comma_call", "f(a b)\n")
add("comma_tuple", "(x y z)\n")
add("comma_keyword_args", 'print(1, end="" sep="")\n')
add("comma_multiline_list", "x = [\n    'a'\n    'b',\n    c\n    d,\n]\n")

# --- string literals ------------------------------------------------------------
add("strings_unterminated_single", "x = 'abc\n")
add("strings_unterminated_double", 'x = "abc\n')
add("strings_unterminated_at_eof", 'x = "abc')
add("strings_unterminated_raw_backslash", 'x = r"\\"\n')
add("strings_unterminated_lone_quote", "'\n")
add("strings_unterminated_second_line", "a = 1\nb = 'x' + 'y\n")
add("strings_unterminated_triple_double", 'x = """abc\n\n')
add("strings_unterminated_triple_single", "x = '''abc\n")
add("strings_unterminated_triple_alone", '"""\n')
add("strings_unterminated_triple_long", 'x = 1\ny = """\nline\nline\nline\n')
add("strings_bytes_nonascii", 'x = b"caf\u00e9"\n')
add("strings_bytes_nonascii_raw", 'x = rb"\u00e9"\n')
add("strings_bytes_nonascii_triple", "x = b'''\nabc\n\u20ac\n'''\n")
add("strings_mix_bytes_str", 'x = b"a" "b"\n')
add("strings_mix_unicode_bytes", 'x = u"a" b"b"\n')
add("strings_unicode_name_unknown", 'x = "\\N{foo}"\n')
add("strings_truncated_x_escape", 'x = "\\x4"\n')
add("strings_truncated_u_escape", 'x = "\\u12"\n')
add("strings_bytes_invalid_x_escape", 'x = b"\\x4"\n')
add("strings_invalid_prefix", 'x = bu"abc"\n')
add("strings_char_after_continuation", 'x = "abc" \\ x\n')

# --- f-strings ------------------------------------------------------------------
add("fstring_empty_expression", 'f"{}"\n')
add("fstring_single_close_brace", 'f"}"\n')
add("fstring_expecting_close_brace", 'f"{x"\n')
add("fstring_invalid_conversion", 'f"{x!z}"\n')
add("fstring_missing_conversion", 'f"{x!}"\n')
add("fstring_forgot_comma", 'f"{x y}"\n')
add("fstring_backslash_in_expr", "f\"{'\\n'}\"\n")
add("fstring_hash_in_expr", 'f"{x#}"\n')
add("fstring_lambda", 'f"{lambda x:1}"\n')
add("fstring_starred", 'f"{*x}"\n')
add("fstring_unmatched_paren", 'f"{)}"\n')
add("fstring_mismatched_paren", 'f"{(]}"\n')
add("fstring_nested_too_deeply", "f'{x:{y:{z}}}'\n")
add("fstring_unterminated", 'f"abc\n')
add("fstring_multiline_empty_expr", 'x = f"""\n{\n}\n"""\n')
add("fstring_multiline_bad_conversion", 'x = f"""a\nb\n{x!z}\n"""\n')

# --- indentation ----------------------------------------------------------------
add("indent_unexpected", "x = 1\n    y = 2\n")
add("indent_unexpected_first_line", "  x = 1\n")
add("indent_unindent_mismatch", "if x:\n        a\n    b\n")
add("indent_unindent_mismatch_def", "def f():\n    if x:\n        pass\n  return 1\n")
add("indent_tab_error", "def f():\n\tif x:\n        pass\n")
add("indent_tab_error_mixed", "if x:\n        a = 1\n\tb = 2\n")
add("indent_expected_block_if", "if x:\npass\n")
add("indent_expected_block_if_eof", "if x:")
add("indent_expected_block_elif", "if x:\n    pass\nelif y:\npass\n")
add("indent_expected_block_else", "if x:\n    pass\nelse:\npass\n")
add("indent_expected_block_def", "def f():\nreturn 1\n")
add("indent_expected_block_class", "class C:\nx = 1\n")
add("indent_expected_block_for", "for i in x:\nprint(i)\n")
add("indent_expected_block_while", "while x:\nx -= 1\n")
add("indent_expected_block_with", "with open(p) as f:\nf.read()\n")
add("indent_expected_block_try", "try:\nx = 1\nexcept E:\n    pass\n")
add("indent_expected_block_except", "try:\n    x = 1\nexcept E:\npass\n")
add("indent_expected_block_finally", "try:\n    x = 1\nfinally:\npass\n")
add("indent_expected_block_match", "match x:\ncase 1: pass\n")
add("indent_expected_block_case", "match x:\n    case 1:\n    pass\n")
add("indent_expected_block_nested", "def f():\n    if x:\n    return 1\n")

# --- expected ':' -----------------------------------------------------------------
add("colon_if", "if x\n    pass\n")
add("colon_elif", "if x:\n    pass\nelif y\n    pass\n")
add("colon_else", "if x:\n    pass\nelse\n    pass\n")
add("colon_def", "def f()\n    pass\n")
add("colon_class", "class C\n    pass\n")
add("colon_for", "for i in x\n    pass\n")
add("colon_while", "while x\n    pass\n")
add("colon_with", "with a as b\n    pass\n")
add("colon_try", "try\n    pass\nexcept:\n    pass\n")
add("colon_except", "try:\n    pass\nexcept ValueError\n    pass\n")

# --- assignment targets -----------------------------------------------------------
add("assign_literal", "1 = x\n")
add("assign_literal_chain", "0 = x = 1\n")
add("assign_true", "True = 1\n")
add("assign_false", "False = 0\n")
add("assign_none", "None = 1\n")
add("assign_debug", "__debug__ = 1\n")
add("assign_debug_import_as", "import a as __debug__\n")
add("assign_function_call", "f() = 1\n")
add("assign_genexp_call", "f(x for x in y)=1\n")
add("assign_expression", "a + 1 = 2\n")
add("assign_comparison", "a < b = 1\n")
add("assign_comparison_eq", "x == 1 = 2\n")
add("assign_lambda", "lambda: 1 = 1\n")
add("assign_ellipsis", "... = 1\n")
add("assign_fstring", 'f"{x}" = 1\n')
add("assign_yield", "(yield) = 1\n")
add("assign_to_yield_chain", "x = yield = 1\n")
add("assign_conditional", "a if b else c = 1\n")
add("assign_listcomp", "[x for x in y] = 1\n")
add("assign_dict", "{} = 1\n")
add("assign_augmented_literal", "1 += 1\n")
add("assign_augmented_tuple", "a, b += 1\n")
add("assign_for_target_literal", "for 1 in x: pass\n")
add("assign_with_target_literal", "with a as 1: pass\n")
add("assign_with_parenthesized_literal", "with (a as b, c as 1): pass\n")
add("assign_keyword_true", "f(True=1)\n")
add("assign_keyword_expression", "f(a.b=1)\n")
add("assign_keyword_repeated", "f(a=1, a=2)\n")

# --- del --------------------------------------------------------------------------
add("delete_literal", "del 1\n")
add("delete_function_call", "del f()\n")
add("delete_expression", "del a + b\n")
add("delete_literal_in_tuple", "del (a, 1)\n")
add("delete_comparison", "del a < b\n")
add("delete_starred", "del *a, b\n")

# --- assignment expressions -------------------------------------------------------
add("walrus_attribute", "(a.b := 1)\n")
add("walrus_subscript", "(a[0] := 1)\n")
add("walrus_tuple", "((a, b) := 1)\n")
add("walrus_literal", "(1 := 2)\n")
add("walrus_unparenthesized_statement", "x := 1\n")
add("walrus_comprehension_iterable", "[i for i in (j := range(3))]\n")
add("walrus_rebind_iteration_variable", "[i := 0 for i in range(3)]\n")

# --- starred ----------------------------------------------------------------------
add("star_expression_here", "x = *a\n")
add("star_assignment_target_alone", "*a = 1\n")
add("star_multiple_in_assignment", "*a, *b = c\n")
add("star_return_alone", "def f():\n    return *a\n")

# --- calls ------------------------------------------------------------------------
add("call_positional_after_keyword", "f(a=1, b)\n")
add("call_positional_after_kwunpack", "f(**a, b)\n")
add("call_iterable_after_kwunpack", "f(**a, *b)\n")
add("call_print_missing_parens", 'print "hello"\n')
add("call_exec_missing_parens", 'exec "code"\n')

# --- def / lambda parameters --------------------------------------------------------
add("params_non_default_after_default", "def f(a=1, b): pass\n")
add("params_lambda_non_default_after_default", "lambda x=1, y: 0\n")
add("params_bare_star_at_end", "def f(*): pass\n")
add("params_after_kwargs", "def f(**k, a): pass\n")
add("params_slash_first", "def f(/, a): pass\n")
add("params_slash_twice", "def f(a, /, b, /): pass\n")
add("params_star_twice", "def f(*a, *b): pass\n")
add("params_slash_after_star", "def f(*, a, /): pass\n")
add("params_kwargs_default", "def f(**k=1): pass\n")
add("params_varargs_default", "def f(*a=1): pass\n")
add("params_parenthesized_def", "def f((a, b)): pass\n")
add("params_parenthesized_lambda", "lambda (x): 1\n")
add("params_duplicate_def", "def f(a, a): pass\n")
add("params_duplicate_lambda", "lambda x, x: 0\n")
add("params_debug_name", "def f(__debug__): pass\n")

# --- import -------------------------------------------------------------------------
add("import_trailing_comma_from", "from a import b,\n")
add("import_trailing_comma_plain", "import a, \n")
add("import_relative_plain", "import .a\n")
add("import_star_parenthesized", "from a import (*)\n")
add("import_as_nothing", "import a.b as\n")
add("import_from_nothing", "from . import\n")
add("import_future_late", "x = 1\nfrom __future__ import division\n")
add("import_future_braces", "from __future__ import braces\n")
add("import_star_in_function", "def f():\n    from os import *\n")

# --- try / except -----------------------------------------------------------------
add("except_unparenthesized_tuple", "try:\n    pass\nexcept A, B:\n    pass\n")
add("except_unparenthesized_tuple_as", "try:\n    pass\nexcept A, B as e:\n    pass\n")
add("except_star_no_type", "try:\n    pass\nexcept*:\n    pass\n")
add("except_mixed_star", "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n")
add("except_missing_block", "try:\n    pass\nx = 1\n")
add("except_as_attribute", "try:\n    pass\nexcept A as a.b:\n    pass\n")
add("except_default_not_last", "try:\n    pass\nexcept:\n    pass\nexcept A:\n    pass\n")

# --- match ------------------------------------------------------------------------
add("match_positional_after_keyword", "match x:\n    case C(a=1, 2): pass\n")
add("match_underscore_target", "match x:\n    case 1 as _: pass\n")
add("match_as_attribute", "match x:\n    case x as a.b: pass\n")
add("match_double_star_not_last", 'match x:\n    case {**rest, "a": 1}: pass\n')
add("match_real_plus_real", "match x:\n    case 1 + 2: pass\n")
add("match_fstring_pattern", 'match x:\n    case f"x": pass\n')
add("match_two_stars", "match x:\n    case [*a, *b]: pass\n")
add("match_irrefutable_not_last", "match x:\n    case y: pass\n    case 1: pass\n")
add("match_repeated_attribute", "match x:\n    case C(a=1, a=2): pass\n")
add("match_repeated_capture", "match x:\n    case [a, a]: pass\n")

# --- numeric literals -------------------------------------------------------------
add("numbers_leading_zeros", "x = 0123\n")
add("numbers_leading_zeros_underscore", "x = 0_7\n")
add("numbers_invalid_decimal_trailing_underscore", "x = 1_000_\n")
add("numbers_invalid_decimal_double_underscore", "x = 1__0\n")
add("numbers_invalid_decimal_letters", "x = 1abc\n")
add("numbers_invalid_decimal_exponent", "x = 1e\n")
add("numbers_invalid_decimal_float_underscore", "x = 1._5\n")
add("numbers_invalid_imaginary", "x = 1.5jx\n")
add("numbers_invalid_hex", "x = 0xg\n")
add("numbers_invalid_hex_underscore", "x = 0x_\n")
add("numbers_invalid_octal_digit", "x = 0o8\n")
add("numbers_invalid_octal_empty", "x = 0o\n")
add("numbers_invalid_binary_digit", "x = 0b2\n")
add("numbers_invalid_binary_empty", "x = 0b\n")

# --- stray characters -------------------------------------------------------------
add("stray_dollar", "x = $y\n")
add("stray_question", "x = a ? b : c\n")
add("stray_euro", "x = 5\u20ac\n")
add("stray_euro_at_start", "\u20acx = 1\n")
add("stray_bang", "x = !a\n")
add("stray_control_char", "x = \x01\n")
add("stray_zero_width_space", "x = \u200b\n")
add("stray_nbsp", "x = \u00a0\n")
add("stray_after_nonascii_string", 'x = "\u00e9\u00e9" + $\n')

# --- null bytes ---------------------------------------------------------------------
add("nul_in_code", b"x = 1\0\n")
add("nul_in_string", b'x = "\0"\n')
add("nul_in_comment", b"# comment \0\nx = 1\n")

# --- source encoding --------------------------------------------------------------
add("encoding_invalid_utf8", b"\xff\n")
add("encoding_invalid_utf8_in_string", b'x = "\xc3"\n')
add("encoding_unknown_cookie", b"# coding: foo\nx = 1\n")
add("encoding_bom_with_other_cookie", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")
add("encoding_ascii_cookie_nonascii", b'# coding: ascii\nx = "\xc3\xa9"\n')
add("encoding_invalid_utf8_in_identifier", b"x = 1\nfr\xa4om = 2\n")

# --- EOF inside a statement -------------------------------------------------------
add("eof_after_backslash_newline", "x = \\\n")
add("eof_after_backslash", "x = 1 + \\")
add("eof_backslash_second_line", "x = 1\n\\")
add("eof_char_after_backslash", "\\ \n")
add("eof_in_call_multiline", "x = foo(1,\n        2,\n")
add("eof_in_dict_multiline", "d = {\n    'a': 1,\n    'b': 2,\n")
add("eof_in_triple_string_fstring", 'x = f"""{x}\n')

# --- statements outside their context (CPython: compiler / symtable) --------------
add("outside_return", "def f():\n    pass\nreturn 1\n")
add("outside_return_in_class", "class C:\n    return 1\n")
add("outside_yield", "yield 1\n")
add("outside_await", "await x\n")
add("outside_break", "break\n")
add("outside_break_in_for_else", "for x in range(10):\n    pass\nelse:\n    break\n")
add("outside_continue", "continue\n")
add("outside_async_with", "async with a: pass\n")
add("outside_nonlocal_module", "nonlocal x\n")
add("outside_nonlocal_no_binding", "def f():\n    nonlocal y\n")
add("outside_global_after_assign", "def f():\n    x = 1\n    global x\n")

# --- deep nesting / limits --------------------------------------------------------
add("deep_parens_100000", "(" * 100000)
add("deep_brackets_201", "x = " + "[" * 201 + "]" * 201 + "\n")
add("deep_indentation_101", "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 101)) + " " * 101 + "pass\n")
add("deep_unary_minus_10000", "x = " + "-" * 10000 + "1\n")
add("deep_not_10000", "x = " + "not " * 10000 + "1\n")
add("deep_lambda_10000", "f = " + "lambda:" * 10000 + "0\n")
add("deep_power_10000", "x = " + "a ** " * 10000 + "a\n")
add("deep_ifelse_10000", "x = " + "1 if 2 else " * 10000 + "3\n")


def stage_of(src, path):
    """'parser' if ast.parse rejects src, else 'symtable' or 'compiler'."""
    try:
        ast.parse(src, path)
    except BaseException:
        return "parser"
    try:
        symtable.symtable(src, path, "exec")
    except SyntaxError:
        return "symtable"
    return "compiler"


def main():
    warnings.simplefilter("ignore")
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".py"):
            os.unlink(os.path.join(OUT, f))
    bad = 0
    for name, src in sorted(S.items()):
        path = os.path.join(OUT, name + ".py")
        try:
            compile(src, path, "exec", dont_inherit=True)
        except BaseException:
            pass
        else:
            print("NOT INVALID:", name, file=sys.stderr)
            bad += 1
            continue
        st = stage_of(src, path)
        if st != "parser":
            src = b"# stage: %s (CPython raises this after parsing; ast.parse accepts it)\n" % st.encode() + src
        with open(path, "wb") as fh:
            fh.write(src)
    print("wrote %d snippets to %s" % (len(S) - bad, OUT))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
