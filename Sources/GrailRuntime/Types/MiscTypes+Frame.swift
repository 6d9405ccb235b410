import GrailCompiler

/// Attributes of `code`, `frame` and `traceback` objects (CPython 3.11's
/// codeobject.c, frameobject.c, traceback.c). Thread-safety: code objects are
/// immutable; frame/traceback reads race like any attribute read.
extension MiscTypes {
    static func code(_ v: Value) throws(PyBaseException) -> PyCode {
        guard case .obj(let c as PyCode) = v else { throw PyErr.typeError("descriptor for 'code' objects doesn't apply to a '\(v.type.name)' object") }
        return c
    }
    static func frame(_ v: Value) throws(PyBaseException) -> Frame {
        guard case .obj(let f as Frame) = v else { throw PyErr.typeError("descriptor for 'frame' objects doesn't apply to a '\(v.type.name)' object") }
        return f
    }
    static func traceback(_ v: Value) throws(PyBaseException) -> PyTraceback {
        guard case .obj(let t as PyTraceback) = v else { throw PyErr.typeError("descriptor for 'traceback' objects doesn't apply to a '\(v.type.name)' object") }
        return t
    }

    static func strTuple(_ a: [PyStr]) -> Value { .obj(PyTuple(a.map { .obj($0) })) }

    // MARK: code

    static func installCode() {
        let c = PyType.code
        c.getset("co_name", get: { (v) throws(PyBaseException) -> Value in .obj(try code(v).name) })
        c.getset("co_qualname", get: { (v) throws(PyBaseException) -> Value in .obj(try code(v).qualname) })
        c.getset("co_filename", get: { (v) throws(PyBaseException) -> Value in .str(try code(v).filename) })
        c.getset("co_firstlineno", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).unit.firstLineNo) })
        c.getset("co_argcount", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).argCount) })
        c.getset("co_posonlyargcount", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).posOnlyArgCount) })
        c.getset("co_kwonlyargcount", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).kwOnlyArgCount) })
        c.getset("co_varnames", get: { (v) throws(PyBaseException) -> Value in strTuple(try code(v).varnames) })
        c.getset("co_cellvars", get: { (v) throws(PyBaseException) -> Value in strTuple(try code(v).cellvars) })
        c.getset("co_freevars", get: { (v) throws(PyBaseException) -> Value in strTuple(try code(v).freevars) })
        c.getset("co_names", get: { (v) throws(PyBaseException) -> Value in strTuple(try code(v).names) })
        c.getset("co_consts", get: { (v) throws(PyBaseException) -> Value in .obj(PyTuple(try code(v).consts)) })
        c.getset("co_flags", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).flags.rawValue) })
        c.getset("co_nlocals", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).nlocals) })
        c.getset("co_stacksize", get: { (v) throws(PyBaseException) -> Value in .int(try code(v).stackSize) })
        c.getset("co_code", get: { (v) throws(PyBaseException) -> Value in
            var bytes: [UInt8] = []
            for w in try code(v).instructions { bytes.append(UInt8(truncatingIfNeeded: w)); bytes.append(UInt8(truncatingIfNeeded: w >> 8)) }
            return .obj(PyBytes(bytes))
        })
        c.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let co = try a.selfAs(PyType.code, PyCode.self, "__repr__")
            return .str("<code object \(co.name.value) at \(NativeRepr.addr(co)), file \"\(co.filename)\", line \(co.unit.firstLineNo)>")
        }
        c.def("co_lines") { (a) throws(PyBaseException) -> Value in
            let co = try a.selfAs(PyType.code, PyCode.self, "co_lines")
            var out: [Value] = []
            var start = 0
            let n = co.instructions.count
            while start < n {
                let line = co.line(at: start)
                var end = start + 1
                while end < n && co.line(at: end) == line { end += 1 }
                out.append(.obj(PyTuple([.int(start * 2), .int(end * 2), .int(line)])))
                start = end
            }
            return try Ops.getIter(.obj(PyList(out)))
        }
        c.def("co_positions") { (a) throws(PyBaseException) -> Value in
            let co = try a.selfAs(PyType.code, PyCode.self, "co_positions")
            try a.expect("co_positions", min: 1, max: 1)
            let pos = co.unit.positions
            var out: [Value] = []
            out.reserveCapacity(co.instructions.count)
            for i in 0..<co.instructions.count {
                guard i < pos.count, pos[i].line > 0 else {
                    out.append(.obj(PyTuple([.None, .None, .None, .None])))
                    continue
                }
                let p = pos[i]
                let col: Value = p.col >= 0 ? .int(Int(p.col)) : .None
                let endCol: Value = p.endCol >= 0 ? .int(Int(p.endCol)) : .None
                out.append(.obj(PyTuple([.int(Int(p.line)), p.endLine > 0 ? .int(Int(p.endLine)) : .None, col, endCol])))
            }
            return try Ops.getIter(.obj(PyList(out)))
        }
        c.def("replace") { (a) throws(PyBaseException) -> Value in
            let co = try a.selfAs(PyType.code, PyCode.self, "replace")
            if a.count > 1 { throw PyErr.typeError("replace() takes no positional arguments") }
            return .obj(try codeReplace(co, a.keywords))
        }
    }

    /// `code.replace(**changes)` for the scalar and name fields.
    static func codeReplace(_ co: PyCode, _ changes: [(String, Value)]) throws(PyBaseException) -> PyCode {
        let u = co.unit
        let n = CodeUnit()
        n.name = u.name; n.qualname = u.qualname; n.filename = u.filename; n.firstLineNo = u.firstLineNo
        n.argCount = u.argCount; n.posOnlyArgCount = u.posOnlyArgCount; n.kwOnlyArgCount = u.kwOnlyArgCount
        n.flags = u.flags; n.instructions = u.instructions; n.positions = u.positions; n.constants = u.constants
        n.names = u.names; n.varnames = u.varnames; n.cellvars = u.cellvars; n.freevars = u.freevars
        n.exceptionTable = u.exceptionTable; n.stackSize = u.stackSize
        func str(_ k: String, _ v: Value) throws(PyBaseException) -> String {
            guard case .obj(let s as PyStr) = v else { throw PyErr.typeError("replace() argument '\(k)' must be str, not \(v.type.name)") }
            return s.value
        }
        func int(_ k: String, _ v: Value) throws(PyBaseException) -> Int {
            guard let i = IntOps.small(v) else { throw PyErr.typeError("replace() argument '\(k)' must be int, not \(v.type.name)") }
            return i
        }
        for (k, v) in changes {
            switch k {
            case "co_name": n.name = try str(k, v)
            case "co_qualname": n.qualname = try str(k, v)
            case "co_filename": n.filename = try str(k, v)
            case "co_firstlineno": n.firstLineNo = try int(k, v)
            case "co_flags": n.flags = CodeFlags(rawValue: try int(k, v))
            case "co_stacksize": n.stackSize = try int(k, v)
            case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_code", "co_consts",
                 "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable", "co_exceptiontable":
                throw PyErr.valueError("code.replace(): changing \(k) is not supported")
            default:
                throw PyErr.typeError("'\(k)' is an invalid keyword argument for replace()")
            }
        }
        return PyCode(n)
    }

    // MARK: frame and traceback

    /// True when `f` is on the calling thread's active frame chain.
    static func isActive(_ f: Frame) -> Bool {
        var cur = Runtime.thread.frame
        while let c = cur {
            if c === f { return true }
            cur = c.back
        }
        return false
    }

    static func installFrames() {
        let fr = PyType.frame
        fr.getset("f_locals", get: { (v) throws(PyBaseException) -> Value in
            let f = try frame(v)
            if let l = f.locals, !(l is PyDict) { return .obj(l) }
            return .obj(try Builtins.localsOf(f))
        })
        fr.getset("f_globals", get: { (v) throws(PyBaseException) -> Value in .obj(try frame(v).globals) })
        fr.getset("f_builtins", get: { (v) throws(PyBaseException) -> Value in .obj(try frame(v).builtins) })
        fr.getset("f_code", get: { (v) throws(PyBaseException) -> Value in .obj(try frame(v).code) })
        fr.getset("f_lineno", get: { (v) throws(PyBaseException) -> Value in .int(try frame(v).lineno) })
        fr.getset("f_lasti", get: { (v) throws(PyBaseException) -> Value in .int(max(try frame(v).lasti, 0) * 2) })
        fr.getset("f_back", get: { (v) throws(PyBaseException) -> Value in
            let f = try frame(v)
            // A suspended generator's frame has no caller.
            if f.code.flags.contains(.generator) && !isActive(f) { return .None }
            guard let b = f.back else { return .None }
            b.markEscaped()
            return .obj(b)
        })
        fr.getset("f_trace", get: { (_) throws(PyBaseException) -> Value in .None }, set: { (_, _) throws(PyBaseException) in })
        fr.getset("f_trace_lines", get: { (_) throws(PyBaseException) -> Value in .True }, set: { (_, _) throws(PyBaseException) in })
        fr.getset("f_trace_opcodes", get: { (_) throws(PyBaseException) -> Value in .False }, set: { (_, _) throws(PyBaseException) in })
        fr.def("clear") { (a) throws(PyBaseException) -> Value in
            let f = try a.selfAs(PyType.frame, Frame.self, "clear")
            if isActive(f) { throw PyErr.runtimeError("cannot clear an executing frame") }
            return .None
        }
        fr.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let f = try a.selfAs(PyType.frame, Frame.self, "__repr__")
            return .str("<frame at \(NativeRepr.addr(f)), file \(StrRepr.repr(f.code.filename)), line \(f.lineno), code \(f.code.name.value)>")
        }

        let tb = PyType.traceback
        tb.getset("tb_frame", get: { (v) throws(PyBaseException) -> Value in .obj(try traceback(v).frame) })
        tb.getset("tb_lineno", get: { (v) throws(PyBaseException) -> Value in .int(try traceback(v).lineno) })
        tb.getset("tb_lasti", get: { (v) throws(PyBaseException) -> Value in .int(max(try traceback(v).lasti, 0) * 2) })
        tb.getset("tb_next", get: { (v) throws(PyBaseException) -> Value in try traceback(v).next.map { .obj($0) } ?? .None },
                  set: { (v, nv) throws(PyBaseException) in
            let t = try traceback(v)
            guard let nv = nv else { throw PyErr.typeError("can't delete tb_next attribute") }
            if nv.isNone { t.next = nil; return }
            guard case .obj(let n as PyTraceback) = nv else {
                throw PyErr.typeError("expected traceback object, got '\(nv.type.name)'")
            }
            var cur: PyTraceback? = n
            while let c = cur {
                if c === t { throw PyErr.valueError("traceback loop detected") }
                cur = c.next
            }
            t.next = n
        })
        tb.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let p = try rest(a).bind("TracebackType", ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], required: 4)
            var next: PyTraceback? = nil
            if let n = p[0], !n.isNone {
                guard case .obj(let t as PyTraceback) = n else {
                    throw PyErr.typeError("expected traceback object or None, got '\(n.type.name)'")
                }
                next = t
            }
            guard case .obj(let f as Frame)? = p[1] else {
                throw PyErr.typeError("TracebackType() argument 'tb_frame' must be frame, not \(p[1]?.type.name ?? "NULL")")
            }
            guard let lasti = p[2].flatMap({ IntOps.small($0) }) else { throw PyErr.typeError("'\(p[2]?.type.name ?? "NULL")' object cannot be interpreted as an integer") }
            guard let lineno = p[3].flatMap({ IntOps.small($0) }) else { throw PyErr.typeError("'\(p[3]?.type.name ?? "NULL")' object cannot be interpreted as an integer") }
            return .obj(PyTraceback(frame: f, lasti: lasti / 2, lineno: lineno, next: next))
        }
        tb.def("__dir__") { (_) throws(PyBaseException) -> Value in
            .obj(PyList(["tb_frame", "tb_lasti", "tb_lineno", "tb_next"].map { .str($0) }))
        }
    }
}
