import GrailCompiler
/// Binds call arguments to a Python function's parameters (CPython's
/// `initialize_locals`), with CPython's TypeError messages.
extension Interpreter {
    static func bindArguments(_ fn: PyFunction, _ f: Frame, _ args: Args) throws(PyBaseException) {
        let code = fn.code
        let s = f.fast
        let nargs = args.count
        let argc = code.argCount
        // Fast path: exactly the positional parameters, nothing else to bind.
        if nargs == argc && args.kwnames == nil && code.simpleParameters {
            if let src = args.buf.baseAddress { for i in 0..<nargs { StackSlots.copy(s + i, src + i) } }
            if code.ncells > 0 { initCells(f, closure: fn.closure) }
            return
        }
        let kwonly = code.kwOnlyArgCount
        let hasVarargs = code.flags.contains(.varArgs)
        let hasVarkw = code.flags.contains(.varKeywords)
        let total = argc + kwonly
        var kwdict: PyDict? = nil
        if hasVarkw {
            kwdict = PyDict()
            s[total + (hasVarargs ? 1 : 0)] = .obj(kwdict!)
        }
        let n = min(nargs, argc)
        if let src = args.buf.baseAddress { for i in 0..<n { StackSlots.copy(s + i, src + i) } }
        if hasVarargs {
            s[total] = .obj(nargs > argc ? PyTuple(Array(args.buf[argc..<nargs])) : PyTuple.empty)
        } else if nargs > argc {
            throw tooManyPositional(fn, nargs, args)
        }
        if let kw = args.kwnames {
            for (j, name) in kw.enumerated() {
                let v = args.buf[nargs + j]
                var idx = -1
                for i in code.posOnlyArgCount..<total where code.varnames[i] === name || code.varnames[i].equals(name) { idx = i; break }
                if idx < 0 {
                    if let d = kwdict { try d.set(.obj(name), v); continue }
                    var posonly: [String] = []
                    for k in kw where (0..<code.posOnlyArgCount).contains(where: { code.varnames[$0].equals(k) }) { posonly.append(k.value) }
                    if !posonly.isEmpty {
                        throw PyErr.typeError("\(fn.qualname.value)() got some positional-only arguments passed as keyword arguments: '\(posonly.joined(separator: ", "))'")
                    }
                    throw PyErr.typeError("\(fn.qualname.value)() got an unexpected keyword argument '\(name.value)'")
                }
                if !s[idx].isNull {
                    throw PyErr.typeError("\(fn.qualname.value)() got multiple values for argument '\(name.value)'")
                }
                s[idx] = v
            }
        }
        if nargs < argc {
            let ndefs = fn.defaults.count
            let firstDefault = argc - ndefs
            var missing: [String] = []
            for i in nargs..<argc where s[i].isNull {
                if i >= firstDefault { s[i] = fn.defaults[i - firstDefault] } else { missing.append(code.varnames[i].value) }
            }
            if !missing.isEmpty { throw missingArgs(fn, missing, "positional") }
        }
        if kwonly > 0 {
            var missing: [String] = []
            for i in argc..<total where s[i].isNull {
                if let d = fn.kwdefaults, let v = d.getStr(code.varnames[i]) { s[i] = v } else { missing.append(code.varnames[i].value) }
            }
            if !missing.isEmpty { throw missingArgs(fn, missing, "keyword-only") }
        }
        if code.ncells > 0 { initCells(f, closure: fn.closure) }
    }

    static func missingArgs(_ fn: PyFunction, _ names: [String], _ kind: String) -> PyBaseException {
        let quoted = names.map { "'\($0)'" }
        var list: String
        if quoted.count == 1 { list = quoted[0] }
        else if quoted.count == 2 { list = "\(quoted[0]) and \(quoted[1])" }
        else { list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1] }
        return PyErr.typeError("\(fn.qualname.value)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
    }

    static func tooManyPositional(_ fn: PyFunction, _ given: Int, _ args: Args) -> PyBaseException {
        let code = fn.code
        let argc = code.argCount
        let ndefs = fn.defaults.count
        var kwGiven = 0
        if let kw = args.kwnames {
            for name in kw where code.varnames[argc..<(argc + code.kwOnlyArgCount)].contains(where: { $0.equals(name) }) { kwGiven += 1 }
        }
        let takes: String
        if ndefs > 0 { takes = "from \(argc - ndefs) to \(argc) positional arguments" }
        else { takes = "\(argc) positional argument\(argc == 1 ? "" : "s")" }
        let givenStr: String
        if kwGiven > 0 {
            givenStr = "\(given) positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
        } else {
            givenStr = "\(given) \(given == 1 ? "was" : "were") given"
        }
        return PyErr.typeError("\(fn.qualname.value)() takes \(takes) but \(givenStr)")
    }
}
