#!/usr/bin/env python3
"""Differential test suite for Grail's front end (tokenizer, parser, AST).

The oracle is the CPython 3.11 running this script. Pure standard library.

Groups (each item is one test):
  stdlib     every .py file of CPython's Lib (site-packages excluded): the dump of
             `grail --dump-ast-batch` must equal `ast.dump(ast.parse(src))`, or both
             must reject the file with the same exception class and line.
  positions  the same with include_attributes=True on a deterministic sample
             (every 10th stdlib file sorted by path, plus test_fstring.py,
             test_grammar.py, test_patma.py and examples/).
  invalid    tests/syntax/invalid/*.py: class, line and message of Grail's batch
             error must equal those of CPython's `compile(src, path, 'exec')`.
  robust     generated stress inputs (100,000-deep or -long expressions, huge
             files): Grail must not crash or hang; where CPython's parser gives a
             dump or a SyntaxError/MemoryError, Grail must give the same (where
             CPython hits its AST-construction recursion limit, any result goes).
  stderr     for a subset of the invalid snippets, the stderr text and exit status
             of `grail --dump-ast FILE` must equal those of `python3 FILE`.
  cli        `--dump-ast` byte-for-byte against the python3 one-liner of the CLI
             contract, `--version`, batch exit status.

Usage: python3 tests/run_tests.py [--only GROUP,...] [-k SUBSTRING] [--sample N]
                                  [--jobs N] [--max-diffs N] [-v]
The binary is .build/release/grail, or $GRAIL. Ends with "N passed, N failed"
(", N skipped" when tests/expected_failures.txt lists failing tests); exit
status 1 if any test failed, 2 if the suite could not run.
"""

import argparse
import ast
import concurrent.futures
import difflib
import fnmatch
import os
import queue
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INVALID_DIR = os.path.join(ROOT, "tests", "syntax", "invalid")
XFAIL_FILE = os.path.join(ROOT, "tests", "expected_failures.txt")
GROUPS = ("stdlib", "positions", "invalid", "robust", "stderr", "cli", "runtime", "gcstress", "gil", "bench")

# Invalid snippets whose full `python3 FILE` stderr display (with carets) and exit
# status are compared with `grail --dump-ast FILE`.
STDERR_CASES = [
    "brackets_paren_never_closed",
    "brackets_unmatched_paren",
    "brackets_mismatch_multiline",
    "comma_list",
    "syntax_error_on_line_5",
    "syntax_crlf_line_endings",
    "strings_unterminated_single",
    "strings_unterminated_triple_long",
    "indent_unexpected",
    "indent_unindent_mismatch",
    "indent_tab_error",
    "indent_expected_block_if",
    "colon_if",
    "assign_true",
    "assign_function_call",
    "call_positional_after_keyword",
    "call_print_missing_parens",
    "params_non_default_after_default",
    "except_unparenthesized_tuple",
    "import_trailing_comma_from",
    "numbers_leading_zeros",
    "stray_euro",
    "stray_after_nonascii_string",
    "fstring_empty_expression",
    "nul_in_code",
    "outside_return",
]

def robust_cases():
    """name -> source bytes, generated (large, so not stored in the repository)."""
    n = 100000
    c = {
        "power_chain": "x = " + "a ** " * n + "a\n",
        "power_chain_1000": "x = " + "a ** " * 1000 + "a\n",
        "ifelse_chain": "x = " + "1 if 2 else " * n + "3\n",
        "unary_invert": "x = " + "~" * n + "1\n",
        "unary_minus_5000": "x = " + "-" * 5000 + "1\n",
        "plus_chain": "x = " + "1+" * n + "1\n",
        "subscript_chain": "x = a" + "[0]" * n + "\n",
        "call_chain": "x = f" + "()" * n + "\n",
        "attribute_chain": "x = a" + ".b" * n + "\n",
        "elif_chain": "if a:\n    pass\n" + "elif a:\n    pass\n" * 10000,
        "parens_199": "x = " + "(" * 199 + "1" + ")" * 199 + "\n",
        "lists_199": "x = " + "[" * 199 + "]" * 199 + "\n",
        "nested_defs_99": "".join(" " * i + "def f():\n" for i in range(99)) + " " * 99 + "pass\n",
        "many_statements": "x = 1\n" * n,
        "comment_lines": "# comment\n" * n,
        "long_string_1mb": "x = '" + "a" * 1000000 + "'\n",
        "string_concat": "x = " + "'a' " * n + "\n",
        "bytes_concat": "x = " + "b'a' " * n + "\n",
        "fstring_concat": "x = " + "f'{a}' " * 10000 + "\n",
        "implicit_concat_lines": "x = (\n" + "    'a'\n" * n + ")\n",
        "continuation_lines": "x = 1 + \\\n" * 10000 + "1\n",
        "or_chain": "x = " + " or ".join(["a"] * n) + "\n",
        "compare_chain": "x = " + " < ".join(["a"] * n) + "\n",
        "tuple_long": "x = " + "1, " * n + "\n",
        "dict_big": "x = {" + ", ".join("%d: %d" % (i, i) for i in range(n)) + "}\n",
        "call_args": "f(" + ", ".join("a%d" % i for i in range(n)) + ")\n",
        "lambda_params": "f = lambda " + ", ".join("a%d" % i for i in range(10000)) + ": 0\n",
        "decorators": "@d\n" * 10000 + "def f(): pass\n",
        "slices": "x = a[" + ", ".join("1:2:3" for _ in range(10000)) + "]\n",
        "await_chain": "async def f():\n    x = " + "await " * n + "y\n",
        "star_chain": "x = " + "*" * n + "a\n",
    }
    return {k: v.encode() for k, v in c.items()}


# Extra files always in the positions sample (relative to the stdlib directory).
POSITION_EXTRAS = ["test/test_fstring.py", "test/test_grammar.py", "test/test_patma.py"]

# Valid files for the --dump-ast CLI tests: (path relative to ROOT or stdlib, attrs).
CLI_DUMP_CASES = [
    ("examples/hello.py", False),
    ("examples/hello.py", True),
    ("stdlib:textwrap.py", False),
    ("stdlib:test/test_patma.py", False),
    ("stdlib:json/encoder.py", True),
]

VERSION_TEXT = "Grail 0.1.0 (Python 3.11 compatible)"

ONE_LINER = ("import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(), "
             "sys.argv[1])))")
ONE_LINER_ATTRS = ("import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(), "
                   "sys.argv[1]), include_attributes=True))")


# ----------------------------------------------------------------------------
# small helpers

def stdlib_dir():
    return sysconfig.get_paths()["stdlib"]


def stdlib_files():
    base = stdlib_dir()
    out = []
    for root, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and d != "__pycache__")
        for f in files:
            if f.endswith(".py"):
                out.append(os.path.join(root, f))
    out.sort()
    return out


def norm_lineno(v):
    """CPython leaves lineno None for some errors; Grail may print None or 0."""
    if v is None or v == "None":
        return 0
    try:
        return int(v)
    except (TypeError, ValueError):
        return v


def exc_result(e):
    """('error', class, lineno, msg) for an exception CPython raised."""
    if isinstance(e, SyntaxError):
        msg = e.msg if e.msg is not None else ""
        return ("error", type(e).__name__, norm_lineno(e.lineno), msg)
    return ("error", type(e).__name__, 0, str(e))


DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()


def cpython_dump(src, path, attrs):
    """ast.parse under CPython's default recursion limit (which bounds its AST
    construction depth, as for `python3 FILE`); ast.dump with a raised limit
    (it is a recursive Python function)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, path)
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        return exc_result(e)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 100000))
    try:
        return ("dump", ast.dump(tree, include_attributes=attrs))
    except RecursionError as e:  # too deep even for that: treat like CPython's limit
        return exc_result(e)
    finally:
        sys.setrecursionlimit(old)


def cpython_compile(src, path):
    """Oracle for the invalid snippets: the full compile (parser + symtable + compiler)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, path, "exec", dont_inherit=True)
        return ("ok",)
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        return exc_result(e)


def cpython_stage(src, path):
    """Which CPython pass rejects src: parser, symtable or compiler."""
    import symtable
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src, path)
    except BaseException:
        return "parser"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            symtable.symtable(src, path, "exec")
    except SyntaxError:
        return "symtable"
    except BaseException:
        pass
    return "compiler"


_BANG_RE = re.compile(r"^!!! ([A-Za-z_][A-Za-z0-9_.]*) (-?\d+|None)(?::(.*))?$", re.S)


def parse_grail_line(text):
    if text.startswith("!!! "):
        m = _BANG_RE.match(text)
        if not m:
            return ("bad", "malformed error line: %s" % shorten(text, 200))
        msg = m.group(3) or ""
        if msg.startswith(" "):
            msg = msg[1:]
        return ("error", m.group(1).rsplit(".", 1)[-1], norm_lineno(m.group(2)), msg)
    return ("dump", text)


def shorten(s, n):
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[: n - 3] + "..."


def describe(res):
    kind = res[0]
    if kind == "dump":
        return "an AST dump (%d chars)" % len(res[1])
    if kind == "error":
        return "%s at line %s: %s" % (res[1], res[2], shorten(res[3], 160))
    if kind == "ok":
        return "no error"
    return "%s: %s" % (kind, shorten(res[1], 300))


def diff_context(a, b, width=60):
    """Short text around the first differing character of two dumps."""
    n = min(len(a), len(b))
    i = 0
    # fast path: find first difference in blocks
    step = 4096
    while i < n and a[i:i + step] == b[i:i + step]:
        i += step
    i = min(i, n)
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - width)
    pa = ("..." if lo else "") + a[lo:i + width] + ("..." if i + width < len(a) else "")
    pb = ("..." if lo else "") + b[lo:i + width] + ("..." if i + width < len(b) else "")
    caret = " " * ((3 if lo else 0) + (i - lo)) + "^"
    return ("first difference at char %d (lengths: cpython %d, grail %d)\n"
            "      cpython: %s\n      grail:   %s\n               %s"
            % (i, len(a), len(b), pa, pb, caret))


def ctx_index(ctx):
    m = re.match(r"first difference at char (\d+)", ctx)
    return int(m.group(1)) if m else 0


def locate_stmt(src, path, dump, i):
    """Line of the top-level statement whose dump covers character i of the module dump."""
    try:
        tree = ast.parse(src, path)
        attrs = ", lineno=" in dump
        off = len("Module(body=[")
        for st in tree.body:
            d = ast.dump(st, include_attributes=attrs)
            if off <= i < off + len(d) + 2:
                return st.lineno
            off += len(d) + 2
    except Exception:
        pass
    return None


def safe_print(s=""):
    try:
        sys.stdout.write(s + "\n")
    except UnicodeEncodeError:
        sys.stdout.write(s.encode("ascii", "backslashreplace").decode("ascii") + "\n")


# ----------------------------------------------------------------------------
# running grail in batch mode, robust to crashes and hangs

def summarize_crash(err):
    """One line from a crashed grail's stderr: the Swift error and first frames."""
    lines = err.strip().splitlines()
    parts = []
    for ln in lines:
        m = re.search(r"(Fatal error: .*|\*\*\* Program crashed: (.*?) \*\*\*|ERROR: AddressSanitizer: .*)", ln)
        if m:
            parts.append((m.group(2) or m.group(1)).strip())
            break
    frames = []
    for ln in lines:
        m = re.match(r"\s*\d+\s+(?:\[[^\]]*\]\s+)*(?:0x[0-9a-f]+\s+)?(.+? in grail at .+)$", ln)
        if m:
            f = re.sub(r" in grail at .*/Sources/", " at ", m.group(1))
            f = re.sub(r" \+ \d+ ", " ", f)
            if f not in frames:
                frames.append(f)
        if len(frames) >= 3:
            break
    parts += frames
    if not parts:
        parts = lines[-3:]
    return " | ".join(parts)[:600]


class BatchRunner:
    """Runs `grail --dump-ast-batch` over a list of paths.

    Returns {path: result}. When the process crashes or stops making progress,
    the file being parsed is charged with the crash and the batch resumes after
    it, so one bad file costs one test, not the whole group.
    """

    def __init__(self, grail, tmpdir, idle_timeout, mode="--dump-ast-batch"):
        self.grail = grail
        self.mode = mode
        self.tmpdir = tmpdir
        self.idle_timeout = idle_timeout
        self.prefix = ["stdbuf", "-oL"] if shutil.which("stdbuf") else []
        self.nonzero_exits = []  # (description) of runs that ended non-zero without crashing a file

    def _listfile(self, paths):
        fd, lf = tempfile.mkstemp(prefix="batch-", suffix=".txt", dir=self.tmpdir)
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as fh:
            for p in paths:
                fh.write(p + "\n")
        return lf

    def _run_once(self, paths, attrs):
        lf = self._listfile(paths)
        cmd = self.prefix + [self.grail, self.mode, lf]
        if attrs:
            cmd.append("--include-attributes")
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
        except OSError as e:
            return {}, None, None, False, "cannot run %s: %s" % (self.grail, e)
        lines = queue.Queue()
        err_chunks = []

        def read_out():
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        def read_err():
            total = 0
            for chunk in iter(lambda: proc.stderr.read(65536), b""):
                if total < 65536:
                    err_chunks.append(chunk)
                total += len(chunk)

        t_out = threading.Thread(target=read_out, daemon=True)
        t_err = threading.Thread(target=read_err, daemon=True)
        t_out.start()
        t_err.start()
        records = {}
        cur = None
        timed_out = False
        while True:
            try:
                line = lines.get(timeout=self.idle_timeout)
            except queue.Empty:
                timed_out = True
                proc.kill()
                break
            if line is None:
                break
            if line.endswith(b"\n"):
                line = line[:-1]
            text = line.decode("utf-8", "surrogateescape")
            if cur is None:
                if text.startswith("=== "):
                    cur = text[4:]
                # anything else outside a record is ignored
            else:
                records[cur] = parse_grail_line(text)
                cur = None
        rc = proc.wait()
        t_out.join(5)
        t_err.join(5)
        err = b"".join(err_chunks).decode("utf-8", "replace")
        return records, cur, rc, timed_out, err

    @staticmethod
    def _how(rc, timed_out):
        if timed_out:
            return "hung (no output for the idle timeout)"
        if rc is None:
            return "could not start"
        if rc < 0:
            try:
                import signal
                return "killed by signal %s" % signal.Signals(-rc).name
            except (ValueError, ImportError):
                return "killed by signal %d" % -rc
        return "exited with status %d" % rc

    def run(self, paths, attrs):
        results = {}
        pending = list(paths)
        while pending:
            recs, cur, rc, timed_out, err = self._run_once(pending, attrs)
            for p in pending:
                if p in recs:
                    results[p] = recs[p]
            missing = [p for p in pending if p not in recs]
            if not missing:
                if rc != 0:
                    self.nonzero_exits.append("%s %s over %d files" % (self.mode, self._how(rc, timed_out), len(pending)))
                break
            if rc is None:  # could not even start: charge everything
                for p in missing:
                    results[p] = ("crash", err)
                break
            if rc == 0 and not timed_out:
                for p in missing:
                    results[p] = ("crash", "no result for this file in the batch output (batch exited 0)")
                break
            how, last_err = self._how(rc, timed_out), err
            if cur is not None and cur in missing:
                suspect = cur
            elif len(missing) == 1:
                suspect = missing[0]
            else:
                # Output may have been buffered: try the first unfinished file alone.
                r2, cur2, rc2, to2, err2 = self._run_once([missing[0]], attrs)
                if missing[0] in r2 and rc2 == 0 and not to2:
                    results[missing[0]] = r2[missing[0]]
                    pending = missing[1:]
                    continue
                suspect = missing[0]
                how, last_err = self._how(rc2, to2), err2
            tail = summarize_crash(last_err)
            results[suspect] = ("crash", "grail %s%s" % (how, (": " + tail) if tail else ""))
            pending = [p for p in missing if p != suspect]
        return results


# ----------------------------------------------------------------------------
# the suite

class Suite:
    def __init__(self, args):
        self.args = args
        self.passed = 0
        self.failed = []   # (name, reason, detail)
        self.xfailed = []
        self.xpassed = []
        self.xfail_patterns = self._load_xfail()
        self.summaries = []
        self.details_shown = 0

    @staticmethod
    def _load_xfail():
        pats = []
        if os.path.exists(XFAIL_FILE):
            with open(XFAIL_FILE, encoding="utf-8") as fh:
                for line in fh:
                    line = line.split("#", 1)[0].strip()
                    if line:
                        pats.append(line)
        return pats

    def _is_xfail(self, name):
        return any(fnmatch.fnmatchcase(name, p) for p in self.xfail_patterns)

    def selected(self, name):
        return not self.args.k or any(k in name for k in self.args.k)

    def record(self, name, ok, reason="", detail=None):
        xf = self._is_xfail(name)
        if ok:
            self.passed += 1
            if xf:
                self.xpassed.append(name)
            if self.args.verbose:
                safe_print("PASS %s" % name)
            return True
        if xf:
            self.xfailed.append(name)
            if self.args.verbose:
                safe_print("XFAIL %s: %s" % (name, reason))
            return False
        self.failed.append(name)
        safe_print("FAIL %s: %s" % (name, reason))
        if detail and self.details_shown < self.args.max_diffs:
            self.details_shown += 1
            safe_print(detail() if callable(detail) else detail)
        return False


def compare_ast(suite, name, cp, gr, src, path, compile_cache):
    """One stdlib/positions test. cp comes from ast.parse (the corpus oracle)."""
    if gr is None:
        return suite.record(name, False, "no result from grail")
    if gr[0] in ("crash", "bad"):
        return suite.record(name, False, describe(gr))
    if cp[0] == "dump":
        if gr[0] == "dump":
            if gr[1] == cp[1]:
                return suite.record(name, True)
            ctx = diff_context(cp[1], gr[1])
            first = ctx.split("\n", 1)[0]

            def detail():
                where = locate_stmt(src, path, cp[1], ctx_index(ctx))
                return "    " + ctx + ("\n      (inside the top-level statement at source line %d)" % where if where else "")
            return suite.record(name, False, "AST dump differs: " + first, detail)
        # grail rejected a file ast.parse accepts: fine only when compile() also
        # rejects it there (a symtable/compiler-stage check, e.g. __future__ rules).
        if path not in compile_cache:
            compile_cache[path] = cpython_compile(src, path)
        cc = compile_cache[path]
        if cc[0] == "error" and cc[1] == gr[1] and cc[2] == gr[2]:
            return suite.record(name, True)
        return suite.record(name, False, "CPython parses this file but Grail raised %s" % describe(gr))
    # CPython rejects the file
    if gr[0] == "dump":
        return suite.record(name, False, "CPython raises %s but Grail accepted the file" % describe(cp))
    if gr[1] == cp[1] and gr[2] == cp[2]:
        return suite.record(name, True)
    return suite.record(name, False, "CPython raises %s; Grail raised %s" % (describe(cp), describe(gr)))


def oracle_ast(files, datas, attrs):
    t0 = time.time()
    oracle = {p: cpython_dump(datas[p], p, attrs) for p in files}
    return oracle, time.time() - t0


def group_stdlib_like(suite, label, prefix, files, datas, oracle, t_cp, future):
    base = stdlib_dir()
    results = future.result()
    before = suite.passed
    compile_cache = {}
    n = 0
    for p in files:
        rel = os.path.relpath(p, base) if p.startswith(base) else os.path.relpath(p, ROOT)
        compare_ast(suite, prefix + rel, oracle[p], results.get(p), datas[p], p, compile_cache)
        n += 1
    ok = suite.passed - before
    suite.summaries.append("%s: %d/%d identical (CPython side %.1fs)" % (label, ok, n, t_cp))
    safe_print("%s: %d/%d identical" % (label, ok, n))


def group_invalid(suite, snippets, datas, future, mode):
    results = future.result()
    before = suite.passed
    by_stage = {}
    cls_line_ok = 0
    n = 0
    for name, p in snippets:
        src = datas[p]
        exp = cpython_compile(src, p)
        tname = "invalid:" + name
        n += 1
        if exp[0] == "ok":
            suite.record(tname, False, "snippet is valid Python for CPython (fix the snippet)")
            continue
        stage = cpython_stage(src, p)
        declared = None
        m = re.match(rb"# stage: (\w+)", src)
        if m:
            declared = m.group(1).decode()
        st = by_stage.setdefault(stage, [0, 0])
        st[1] += 1
        gr = results.get(p)
        if declared is not None and declared != stage:
            suite.record(tname, False, "snippet declares stage %s but CPython raises it in the %s" % (declared, stage))
            continue
        if declared is None and stage != "parser":
            suite.record(tname, False, "CPython raises this in the %s: add '# stage: %s' (tests/syntax/gen_invalid.py)" % (stage, stage))
            continue
        if gr is None or gr[0] in ("crash", "bad"):
            suite.record(tname, False, describe(gr) if gr else "no result from grail")
            continue
        if gr[0] == "dump":
            suite.record(tname, False, "CPython (%s) raises %s; Grail accepted it" % (stage, describe(exp)))
            continue
        if (gr[1], gr[2]) == (exp[1], exp[2]):
            cls_line_ok += 1
        if (gr[1], gr[2], gr[3]) == (exp[1], exp[2], exp[3]):
            suite.record(tname, True)
            st[0] += 1
        else:
            what = "class/line" if (gr[1], gr[2]) != (exp[1], exp[2]) else "message"
            suite.record(tname, False, "%s differs: CPython (%s) %s; Grail %s" % (what, stage, describe(exp), describe(gr)))
    ok = suite.passed - before
    stages = ", ".join("%s-stage %d/%d" % (k, v[0], v[1]) for k, v in sorted(by_stage.items()))
    line = "invalid snippets (grail %s): %d/%d match class+line+message (class+line %d/%d; %s)" % (
        mode, ok, n, cls_line_ok, n, stages)
    suite.summaries.append(line)
    safe_print(line)


def group_robust(suite, cases, paths, future):
    results = future.result()
    before = suite.passed
    n = 0
    for name in sorted(cases):
        p = paths[name]
        tname = "robust:" + name
        n += 1
        src = cases[name]
        cp = cpython_dump(src, p, False)
        gr = results.get(p)
        if gr is None or gr[0] in ("crash", "bad"):
            suite.record(tname, False, "%s (CPython: %s)" % (describe(gr) if gr else "no result from grail", describe(cp)))
        elif cp[0] == "error" and cp[1] == "RecursionError":
            suite.record(tname, True)  # CPython's AST-construction limit: any clean result is fine
        elif cp[0] == "dump":
            if gr[0] == "dump" and gr[1] == cp[1]:
                suite.record(tname, True)
            elif gr[0] == "dump":
                ctx = diff_context(cp[1], gr[1])
                suite.record(tname, False, "AST dump differs: " + ctx.split("\n", 1)[0], "    " + ctx)
            else:
                suite.record(tname, False, "CPython parses it; Grail raised %s" % describe(gr))
        elif gr[0] == "error" and (gr[1], gr[2]) == (cp[1], cp[2]):
            suite.record(tname, True)
        else:
            suite.record(tname, False, "CPython raises %s; Grail gave %s" % (describe(cp), describe(gr)))
    ok = suite.passed - before
    line = "robustness (deep/huge inputs): %d/%d" % (ok, n)
    suite.summaries.append(line)
    safe_print(line)


def run_cmd(cmd, timeout=120, env=None):
    try:
        p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""
    except OSError as e:
        return "oserror", b"", str(e).encode()


def oracle_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _visible(line):
    return "".join(c if c == "\t" or c.isprintable() else "\\x%02x" % ord(c) if ord(c) < 256
                   else "\\u%04x" % ord(c) for c in line)


def text_diff(a, b, la="python3", lb="grail"):
    """Unified diff of two stderr texts; control characters shown as escapes."""
    da = [_visible(x) for x in a.decode("utf-8", "backslashreplace").split("\n")]
    db = [_visible(x) for x in b.decode("utf-8", "backslashreplace").split("\n")]
    d = list(difflib.unified_diff(da, db, la, lb, lineterm="", n=1))
    return "\n".join("      " + x for x in d[:30])


def group_stderr(suite, grail, cmode):
    before = suite.passed
    n = 0
    env = oracle_env()
    for name in STDERR_CASES:
        tname = "stderr:" + name
        if not suite.selected(tname):
            continue
        # Absolute paths: `python3 rel/path.py` shows the absolute path in
        # `File "..."` (CPython absolutizes the script path); that behaviour is
        # checked once, by stderr:relative-path below.
        full = os.path.join(INVALID_DIR, name + ".py")
        n += 1
        if not os.path.exists(full):
            suite.record(tname, False, "missing snippet %s" % full)
            continue
        with open(full, "rb") as fh:
            src = fh.read()
        if cpython_compile(src, full)[0] == "ok":  # never execute a valid file
            suite.record(tname, False, "snippet is valid Python (fix the snippet)")
            continue
        # Errors CPython raises after parsing are not ast.parse's: with a binary
        # that has --check-batch, `grail FILE` (python3 FILE's analogue) shows them.
        cmd = [grail, "--dump-ast", full]
        if cmode == "--check-batch" and cpython_stage(src, full) != "parser":
            cmd = [grail, full]
        rc1, out1, err1 = run_cmd([sys.executable, full], env=env)
        rc2, out2, err2 = run_cmd(cmd)
        if rc2 == rc1 and err2 == err1:
            suite.record(tname, True)
        elif err2 == err1:
            suite.record(tname, False, "exit status %r, python3 exits %r (stderr identical)" % (rc2, rc1))
        else:
            suite.record(tname, False, "stderr differs from python3 (exit %r vs %r)" % (rc2, rc1),
                         text_diff(err1, err2))
    tname = "stderr:relative-path"
    if suite.selected(tname) and STDERR_CASES:
        n += 1
        rel = os.path.join("tests", "syntax", "invalid", STDERR_CASES[0] + ".py")
        rc1, out1, err1 = run_cmd([sys.executable, rel], env=env)
        rc2, out2, err2 = run_cmd([grail, "--dump-ast", rel])
        if rc2 == rc1 and err2 == err1:
            suite.record(tname, True)
        else:
            suite.record(tname, False, "`grail --dump-ast %s` (relative path) differs from python3, which "
                         "shows the absolute path (exit %r vs %r)" % (rel, rc2, rc1), text_diff(err1, err2))
    ok = suite.passed - before
    line = "stderr display: %d/%d identical to python3 FILE" % (ok, n)
    suite.summaries.append(line)
    safe_print(line)


def group_cli(suite, grail, batch_runners):
    before = suite.passed
    n = 0
    base = stdlib_dir()
    env = oracle_env()

    def sel(t):
        return suite.selected(t)

    t = "cli:version"
    if sel(t):
        n += 1
        rc, out, err = run_cmd([grail, "--version"], timeout=30)
        text = out.decode("utf-8", "replace").strip()
        if rc != 0:
            suite.record(t, False, "--version exited %r" % (rc,))
        elif text != VERSION_TEXT:
            suite.record(t, False, "--version printed %r, expected %r" % (shorten(text, 100), VERSION_TEXT))
        else:
            suite.record(t, True)

    for spec, attrs in CLI_DUMP_CASES:
        if spec.startswith("stdlib:"):
            path = os.path.join(base, spec[len("stdlib:"):])
            shown = spec
        else:
            path = spec  # relative to ROOT, as a user would type it
            shown = spec
        t = "cli:dump-ast%s:%s" % ("-attrs" if attrs else "", shown)
        if not sel(t):
            continue
        n += 1
        if not os.path.exists(os.path.join(ROOT, path)):
            suite.record(t, False, "missing file %s" % path)
            continue
        code = ONE_LINER_ATTRS if attrs else ONE_LINER
        rc1, out1, err1 = run_cmd([sys.executable, "-c", code, path], env=env)
        cmd = [grail, "--dump-ast", path] + (["--include-attributes"] if attrs else [])
        rc2, out2, err2 = run_cmd(cmd)
        if rc1 != 0:
            suite.record(t, False, "the python3 one-liner failed (exit %r): %s" % (rc1, shorten(err1.decode("utf-8", "replace"), 200)))
        elif rc2 != 0:
            suite.record(t, False, "grail exited %r: %s" % (rc2, shorten(err2.decode("utf-8", "replace"), 300)))
        elif out1 != out2:
            a = out1.decode("utf-8", "surrogateescape")
            b = out2.decode("utf-8", "surrogateescape")
            ctx = diff_context(a, b)
            suite.record(t, False, "stdout differs from the python3 one-liner: " + ctx.split("\n", 1)[0], "    " + ctx)
        else:
            suite.record(t, True)

    t = "cli:dump-ast-missing-file"
    if sel(t):
        n += 1
        rc, out, err = run_cmd([grail, "--dump-ast", "tests/syntax/no-such-file.py"], timeout=30)
        if rc in (0, "timeout", "oserror") or not err.strip():
            suite.record(t, False, "expected a non-zero exit and a message on stderr; got exit %r, stderr %r" % (rc, shorten(err.decode("utf-8", "replace"), 100)))
        else:
            suite.record(t, True)

    t = "cli:dump-ast-batch-exit-status"
    if sel(t) and batch_runners:
        n += 1
        bad = [x for r in batch_runners for x in r.nonzero_exits]
        if bad:
            suite.record(t, False, "--dump-ast-batch should exit 0; it %s" % "; ".join(bad[:3]))
        else:
            suite.record(t, True)

    ok = suite.passed - before
    line = "cli: %d/%d" % (ok, n)
    suite.summaries.append(line)
    safe_print(line)


def check_mode(grail, tmpdir):
    """The batch flag for compile()-level checks.

    `--check-batch LISTFILE` (same output format, "OK" for accepted files) runs
    the checks CPython makes after parsing ('return' outside function, ...);
    when the binary lacks it, `--dump-ast-batch` is expected to run them."""
    empty = os.path.join(tmpdir, "empty-list.txt")
    open(empty, "w").close()
    rc, out, err = run_cmd([grail, "--check-batch", empty], timeout=30)
    return "--check-batch" if rc == 0 and not out.strip() else "--dump-ast-batch"


def find_grail(args):
    g = args.grail or os.environ.get("GRAIL") or os.path.join(ROOT, ".build", "release", "grail")
    g = os.path.abspath(g)
    if not (os.path.isfile(g) and os.access(g, os.X_OK)):
        sys.stderr.write(
            "error: Grail binary not found or not executable: %s\n"
            "       build it with `swift build -c release` (or run `bash tests/run.sh`),\n"
            "       or point $GRAIL at a grail executable.\n" % g)
        sys.exit(2)
    return g


def main():
    ap = argparse.ArgumentParser(description="Grail front-end differential tests (oracle: CPython)")
    ap.add_argument("--only", default="", help="comma-separated groups: " + ",".join(GROUPS))
    ap.add_argument("-k", action="append", default=[], help="only tests whose name contains this (repeatable)")
    ap.add_argument("--sample", type=int, default=1, help="stdlib group: use every Nth file only (default 1 = all)")
    ap.add_argument("--jobs", type=int, default=2, help="grail batch processes in parallel (default 2)")
    ap.add_argument("--max-diffs", type=int, default=5, help="detailed diffs to print (default 5)")
    ap.add_argument("--idle-timeout", type=float, default=float(os.environ.get("GRAIL_TEST_TIMEOUT", "60")),
                    help="seconds without batch output before a file counts as hung (default 60)")
    ap.add_argument("--grail", default=None, help="grail binary (default $GRAIL or .build/release/grail)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("error: the oracle must be CPython 3.11; this is %s\n" % sys.version.split()[0])
        sys.exit(2)
    only = [g.strip() for g in args.only.split(",") if g.strip()] or list(GROUPS)
    for g in only:
        if g not in GROUPS:
            ap.error("unknown group %r (groups: %s)" % (g, ", ".join(GROUPS)))
    grail = find_grail(args)
    t_start = time.time()
    suite = Suite(args)

    base = stdlib_dir()
    tmpdir = tempfile.mkdtemp(prefix="grail-tests-")
    runners = []
    try:
        all_files = stdlib_files()
        jobs = []  # (kind, files, attrs)
        stdlib_sel = []
        pos_sel = []
        snippets = []
        if "stdlib" in only:
            stdlib_sel = [p for p in all_files[::max(1, args.sample)]
                          if suite.selected("stdlib:" + os.path.relpath(p, base))]
        if "positions" in only:
            pos = list(all_files[::10])
            for extra in POSITION_EXTRAS:
                p = os.path.join(base, extra)
                if os.path.exists(p) and p not in pos:
                    pos.append(p)
            ex_dir = os.path.join(ROOT, "examples")
            if os.path.isdir(ex_dir):
                pos += sorted(os.path.join(ex_dir, f) for f in os.listdir(ex_dir) if f.endswith(".py"))

            def pname(p):
                return "positions:" + (os.path.relpath(p, base) if p.startswith(base) else os.path.relpath(p, ROOT))
            pos_sel = [p for p in pos if suite.selected(pname(p))]
        if "invalid" in only:
            if os.path.isdir(INVALID_DIR):
                for f in sorted(os.listdir(INVALID_DIR)):
                    if f.endswith(".py") and suite.selected("invalid:" + f[:-3]):
                        snippets.append((f[:-3], os.path.join(INVALID_DIR, f)))

        datas = {}
        for p in set(stdlib_sel) | set(pos_sel) | set(p for _, p in snippets):
            with open(p, "rb") as fh:
                datas[p] = fh.read()

        pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs))

        cmode = check_mode(grail, tmpdir) if snippets or "stderr" in only else "--dump-ast-batch"

        def submit(files, attrs, mode="--dump-ast-batch"):
            r = BatchRunner(grail, tmpdir, args.idle_timeout, mode)
            runners.append(r)
            return pool.submit(r.run, files, attrs)

        # Submit the biggest jobs first; merge halves afterwards.
        fut_std = []
        if stdlib_sel:
            k = max(1, args.jobs)
            # Interleave so each chunk gets a similar mix of file sizes.
            for i in range(k):
                chunk = stdlib_sel[i::k]
                if chunk:
                    fut_std.append(submit(chunk, False))
        fut_pos = submit(pos_sel, True) if pos_sel else None
        fut_inv = submit([p for _, p in snippets], False, cmode) if snippets else None
        rob_cases, rob_paths, fut_rob = {}, {}, None
        if "robust" in only:
            rdir = os.path.join(tmpdir, "robust")
            os.makedirs(rdir)
            for name, src in robust_cases().items():
                if suite.selected("robust:" + name):
                    rob_cases[name] = src
                    rob_paths[name] = os.path.join(rdir, name + ".py")
                    with open(rob_paths[name], "wb") as fh:
                        fh.write(src)
            if rob_cases:
                fut_rob = submit([rob_paths[k] for k in sorted(rob_cases)], False)

        class Merged:
            def __init__(self, futs):
                self.futs = futs

            def result(self):
                out = {}
                for f in self.futs:
                    out.update(f.result())
                return out

        # CPython's side, in-process, while the grail batches run.
        or_std = oracle_ast(stdlib_sel, datas, False) if stdlib_sel else None
        or_pos = oracle_ast(pos_sel, datas, True) if pos_sel else None
        if stdlib_sel:
            group_stdlib_like(suite, "stdlib AST", "stdlib:", stdlib_sel, datas, *or_std, Merged(fut_std))
        if pos_sel:
            group_stdlib_like(suite, "positions (include_attributes)", "positions:", pos_sel, datas, *or_pos, fut_pos)
        if snippets:
            group_invalid(suite, snippets, datas, fut_inv, cmode)
        if rob_cases:
            group_robust(suite, rob_cases, rob_paths, fut_rob)
        pool.shutdown(wait=True)
        if "stderr" in only:
            group_stderr(suite, grail, cmode)
        if "cli" in only:
            group_cli(suite, grail, runners)
        if "runtime" in only:
            import runtime_tests
            runtime_tests.group_runtime(suite, grail, args.jobs, oracle_env())
        if "gcstress" in only:
            import runtime_tests
            runtime_tests.group_runtime(suite, grail, args.jobs, oracle_env(), gc_stress=True)
        if "gil" in only:
            import runtime_tests
            runtime_tests.group_runtime(suite, grail, args.jobs, oracle_env(), gil=True)
        if "bench" in only and os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_tests.py")):
            import bench_tests
            bench_tests.group_bench(suite, grail, args.jobs, oracle_env())
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    safe_print("")
    safe_print("summary (%.1fs):" % (time.time() - t_start))
    for s in suite.summaries:
        safe_print("  " + s)
    if suite.xfailed:
        safe_print("  %d expected failures (tests/expected_failures.txt)" % len(suite.xfailed))
    if suite.xpassed:
        safe_print("  %d tests listed in tests/expected_failures.txt now pass: %s"
                   % (len(suite.xpassed), ", ".join(suite.xpassed if os.environ.get("GRAIL_LIST_XPASS") else suite.xpassed[:10])))
    if suite.failed:
        safe_print("  failed: " + ", ".join(suite.failed[:20]) + (" ..." if len(suite.failed) > 20 else ""))
    tail = "%d passed, %d failed" % (suite.passed, len(suite.failed))
    if suite.xfailed:
        tail += ", %d skipped" % len(suite.xfailed)
    safe_print(tail)
    sys.exit(1 if suite.failed else 0)


if __name__ == "__main__":
    main()
