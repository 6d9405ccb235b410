import CGrailGC
import GrailSyntax
import GrailCompiler

/// Source -> code object, and the builtins exec/eval/compile.
public enum Eval {
    /// Compiles source bytes; syntax errors become Python SyntaxError exceptions.
    public static func compile(_ bytes: [UInt8], filename: String, mode: CompileMode, isString: Bool = true) throws(PyBaseException) -> PyCode {
        if isString && bytes.contains(0) {
            throw PyErr.make(ExcTypes.syntaxError, "source code string cannot contain null bytes")
        }
        var src: TokenizedSource? = nil
        // The front end and compiler keep their data in Swift enums whose class
        // payloads carry tag bits the conservative collector cannot see; ARC frees
        // that data, so no collection may run while it is alive.
        grail_gc_disable()
        defer { grail_gc_enable() }
        do throws(PySyntaxError) {
            let s = try Tokenizer.tokenize(bytes)
            src = s
            let parser = Parser(s, filename: filename)
            let module: Module
            if mode == .eval {
                let e = try parser.parseExpressionInput()
                module = Module(body: [Stmt(.expr(value: e), e.range)])
            } else {
                module = try parser.parseModuleForCompile()
            }
            let unit = try Compiler.compile(module, filename: filename, mode: mode)
            return PyCode(unit)
        } catch var e {
            if !isString && e.message.hasPrefix("unknown encoding: ") {
                e.message = "encoding problem: " + e.message.dropFirst("unknown encoding: ".count)
            }
            throw syntaxError(e, filename: filename, source: src)
        }
    }

    /// Builds the Python exception for a front-end error.
    public static func syntaxError(_ e: PySyntaxError, filename: String, source: TokenizedSource?) -> PyBaseException {
        let t: PyType
        switch e.kind {
        case .syntaxError: t = ExcTypes.syntaxError
        case .indentationError: t = ExcTypes.indentationError
        case .tabError: t = ExcTypes.tabError
        case .memoryError: return PyErr.memoryError()
        case .recursionError: return PyErr.recursion(e.message)
        }
        var text: Value = .None
        if let s = source, e.lineno > 0 {
            let line = s.lineText(e.lineno)
            text = .str(String(decoding: line, as: UTF8.self) + "\n")
        }
        let details = PyTuple([.str(filename), .int(e.lineno), .int(e.offset), text, .int(e.endLineno), .int(e.endOffset)])
        let exc = PyBaseException(type: t, args: [.str(e.message), .obj(details)])
        let d = exc.dict!
        d.setStr("msg", .str(e.message))
        d.setStr("filename", .str(filename))
        d.setStr("lineno", e.lineno > 0 ? .int(e.lineno) : .None)
        d.setStr("offset", e.lineno > 0 ? .int(e.offset) : .None)
        d.setStr("text", text)
        d.setStr("end_lineno", e.endLineno > 0 ? .int(e.endLineno) : .None)
        d.setStr("end_offset", e.endLineno > 0 ? .int(e.endOffset) : .None)
        d.setStr("print_file_and_line", .None)
        exc.frontEnd = (e, source)
        return exc
    }

    static func sourceBytes(_ v: Value, _ fname: String) throws(PyBaseException) -> [UInt8] {
        switch v.object {
        case let s as PyStr: return Array(s.value.utf8)
        case let b as PyBytes: return b.bytes
        default: throw PyErr.typeError("\(fname)() arg 1 must be a string, bytes or code object")
        }
    }

    /// exec(source, globals=None, locals=None) / eval(...)
    static func exec(_ a: Args, mode: CompileMode) throws(PyBaseException) -> Value {
        let fname = mode == .eval ? "eval" : "exec"
        let p = try a.bind(fname, ["source", "globals", "locals"], required: 1, posOnly: 3)
        let caller = Runtime.thread.frame
        var globals: PyDict
        var locals: PyObject?
        if let g = p[1], !g.isNone {
            guard case .obj(let gd as PyDict) = g else {
                throw PyErr.typeError(mode == .eval ? "globals must be a real dict; try eval(expr, {}, mapping)" : "exec() globals must be a dict, not \(g.type.name)")
            }
            globals = gd
            locals = gd
        } else {
            globals = caller?.globals ?? PyDict()
            if let f = caller { if let l = f.locals { locals = l } else { locals = try Builtins.localsOf(f) } } else { locals = globals }
        }
        if let l = p[2], !l.isNone {
            guard case .obj(let lo) = l else { throw PyErr.typeError("locals must be a mapping") }
            locals = lo
        }
        if globals.getStr("__builtins__") == nil { globals.setStr("__builtins__", .obj(Runtime.shared.builtins)) }
        let code: PyCode
        if case .obj(let c as PyCode) = (p[0] ?? .None) { code = c }
        else {
            var bytes = try sourceBytes((p[0] ?? .None), fname)
            if mode == .eval {
                while let f = bytes.first, f == 0x20 || f == 0x09 { bytes.removeFirst() }
            }
            code = try compile(bytes, filename: "<string>", mode: mode)
        }
        let r = try Interpreter.runCode(code, globals: globals, locals: locals)
        return mode == .eval ? r : .None
    }

    /// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
    static func compileBuiltin(_ a: Args) throws(PyBaseException) -> Value {
        let p = try a.bind("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], required: 3)
        guard case .obj(let fnObj as PyStr)? = p[1] else { throw PyErr.typeError("compile() argument 'filename' must be str") }
        guard case .obj(let modeObj as PyStr)? = p[2] else { throw PyErr.typeError("compile() argument 'mode' must be str") }
        let mode: CompileMode
        switch modeObj.value {
        case "exec": mode = .exec
        case "eval": mode = .eval
        case "single": mode = .single
        default: throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        if let f = p[3], let fl = IntOps.small(f), fl & 0x400 != 0 {
            throw PyErr.notImplemented("compile() with PyCF_ONLY_AST is not supported yet")
        }
        if case .obj(let c as PyCode)? = p[0] { return .obj(c) }
        return .obj(try compile(try sourceBytes((p[0] ?? .None), "compile"), filename: fnObj.value, mode: mode))
    }
}
