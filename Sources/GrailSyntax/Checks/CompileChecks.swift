/// The SyntaxErrors CPython 3.11's `compile()` raises after parsing, which
/// `ast.parse` does not: `Python/future.c` (future statements), then
/// `Python/symtable.c` (the whole module is walked, then its scopes are
/// analysed), then `Python/compile.c` (code generation order). The stages run
/// in that order, so an error of an earlier stage wins even when it comes later
/// in the file, and within a stage the first error in that stage's own
/// traversal order wins. (`Python/ast.c` validation only runs on ASTs given to
/// `compile()` as objects, never on parsed source.)
/// Thread-safety: stateless; every check builds its own private state.
enum CompileChecks {
    static func check(_ m: Module) throws(PySyntaxError) {
        let future = try FutureFeatures.parse(m)
        var symtable = SymbolTableBuilder(futureAnnotations: future.annotations)
        try symtable.build(m)
        try symtable.analyze()
        var codegen = CodegenChecker(blocks: symtable.blockInfo, future: future)
        try codegen.compileModule(m)
    }

    /// A SyntaxError located at `r` the way `PyErr_RangedSyntaxLocationObject`
    /// and `compiler_error` do it (1-based offsets, `-1` lines when unset).
    static func error(_ message: String, _ r: SourceRange) -> PySyntaxError {
        PySyntaxError(.syntaxError, message, lineno: Int(r.lineno), offset: Int(r.col) + 1,
                      endLineno: Int(r.endLineno), endOffset: Int(r.endCol) + 1)
    }

    /// CPython's `_Py_Mangle`: `__spam` inside class `Ham` is `_Ham__spam`;
    /// dunder names, dotted names and classes named only `_` are left alone.
    static func mangle(_ privateName: String?, _ name: String) -> String {
        guard let priv = privateName else { return name }
        let u = name.utf8
        guard u.count >= 2, u.starts(with: [0x5F, 0x5F]) else { return name }
        if u.reversed().starts(with: [0x5F, 0x5F]) { return name }
        if u.contains(0x2E) { return name }
        let stripped = priv.drop { $0 == "_" }
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    /// True when CPython's AST optimizer turns `e` into a `Constant` before the
    /// compiler sees it (literals, signed numbers, constant tuples, simple
    /// arithmetic on numbers and strings). An approximation, used only where the
    /// answer changes block nesting counts.
    static func foldsToConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant:
            return true
        case .unaryOp(_, let operand):
            return foldsToConstant(operand)
        case .binOp(let l, _, let r):
            return foldsToConstant(l) && foldsToConstant(r)
        case .tuple(let elts, let ctx):
            return ctx == .load && elts.allSatisfy { e in
                if case .starred = e.kind { return false }
                return foldsToConstant(e)
            }
        default:
            return false
        }
    }

    /// `repr()` of a str, for messages that format a name with `%R`.
    static func reprName(_ s: String) -> String {
        pyStrRepr(s.unicodeScalars.map { $0.value })
    }
}

/// What `Python/future.c` learns from the future statements at the top of a
/// module: the features that change later stages, and the line of the last
/// valid future statement (later ones are compile errors).
/// Thread-safety: a plain value type.
struct FutureFeatures {
    /// `from __future__ import annotations` was seen.
    var annotations = false
    /// `ff_lineno`: line of the last future statement, -1 when none.
    var lineno = -1

    /// CPython's `future_parse`: future statements may only follow the module
    /// docstring and other future statements; a late one joined by `;` to the
    /// leading run is reported here, other late ones by the compiler.
    static func parse(_ m: Module) throws(PySyntaxError) -> FutureFeatures {
        var ff = FutureFeatures()
        var i = 0
        if let first = m.body.first, case .expr(let v) = first.kind,
           case .constant(.str, _) = v.kind {
            i = 1
        }
        var done = false
        var prevLine: Int32 = 0
        while i < m.body.count {
            let s = m.body[i]
            i += 1
            if done && s.range.lineno > prevLine { return ff }
            prevLine = s.range.lineno
            guard case .importFrom(let module, let names, _) = s.kind, module == "__future__" else {
                done = true
                continue
            }
            if done {
                throw PySyntaxError(.syntaxError, "from __future__ imports must occur at the beginning of the file",
                                    lineno: Int(s.range.lineno), offset: Int(s.range.col),
                                    endLineno: Int(s.range.lineno), endOffset: 0)
            }
            for alias in names {
                switch alias.name {
                case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
                    continue
                case "annotations":
                    ff.annotations = true
                case "braces":
                    throw PySyntaxError(.syntaxError, "not a chance", lineno: Int(s.range.lineno),
                                        offset: Int(s.range.col) + 1, endLineno: Int(s.range.lineno), endOffset: 0)
                default:
                    throw PySyntaxError(.syntaxError, "future feature \(clip100(alias.name)) is not defined",
                                        lineno: Int(s.range.lineno), offset: Int(s.range.col) + 1,
                                        endLineno: Int(s.range.lineno), endOffset: 0)
                }
            }
            ff.lineno = Int(s.range.lineno)
        }
        return ff
    }

    /// `%.100s` of the feature's UTF-8 bytes (kept whole-character).
    private static func clip100(_ s: String) -> String {
        if s.utf8.count <= 100 { return s }
        var out = ""
        var n = 0
        for ch in s.unicodeScalars {
            n += String(ch).utf8.count
            if n > 100 { break }
            out.unicodeScalars.append(ch)
        }
        return out
    }
}
