import GrailCompiler

/// Methods and attributes of generator objects (`__next__`, `send`, `throw`,
/// `close`, `gi_*`) and of `callable_iterator` (CPython 3.11's genobject.c,
/// iterobject.c). The resumption machinery is `PyGenerator`
/// (VM/PyGenerator.swift). Thread-safety: a generator runs on one thread at
/// a time (`PyGenerator.running` guards re-entry).
extension MiscTypes {
    static func generator(_ v: Value, _ method: String) throws(PyBaseException) -> PyGenerator {
        guard case .obj(let g as PyGenerator) = v else {
            throw PyErr.typeError("descriptor '\(method)' for 'generator' objects doesn't apply to a '\(v.type.name)' object")
        }
        return g
    }

    /// The StopIteration a finished generator raises (args empty for None).
    static func stopFor(_ g: PyGenerator) -> PyBaseException {
        let v = g.returnValue
        return PyErr.stopIteration(v.isNone ? nil : v)
    }

    /// The sub-iterator a generator suspended in `yield from`/`await` delegates to, or None.
    static func yieldFrom(_ g: PyGenerator) -> Value {
        if g.finished || g.running { return .None }
        let f = g.frame
        let ins = f.code.instructions
        let pc = f.pc
        guard pc > 0, pc < ins.count, UInt8(truncatingIfNeeded: ins[pc]) == Opcode_JUMP_raw else { return .None }
        let sendPc = Int(ins[pc] >> 8)
        guard sendPc < ins.count, UInt8(truncatingIfNeeded: ins[sendPc]) == Opcode_SEND_raw, f.sp > f.stackBase else { return .None }
        return f.fast[f.sp - 1]
    }

    /// `gen.throw(typ[, val[, tb]])` arguments as the exception to raise (CPython's _gen_throw).
    static func thrownException(_ typ: Value, _ val: Value?, _ tb: Value?) throws(PyBaseException) -> PyBaseException {
        var traceback: PyTraceback? = nil
        if let t = tb, !t.isNone {
            guard case .obj(let tt as PyTraceback) = t else { throw PyErr.typeError("throw() third argument must be a traceback object") }
            traceback = tt
        }
        let exc: PyBaseException
        switch typ.object {
        case let t as PyType where t.isSubtype(ExcTypes.baseException):
            let v = val ?? .None
            let made: Value
            if case .obj(let ve as PyBaseException) = v, ve.type.isSubtype(t) { made = v }
            else if v.isNone { made = try Ops.callValues(typ, []) }
            else if case .obj(let tup as PyTuple) = v { made = try Ops.callValues(typ, tup.items) }
            else { made = try Ops.callValues(typ, [v]) }
            guard case .obj(let e as PyBaseException) = made else {
                throw PyErr.typeError("calling \(try Ops.repr(typ).value) should have returned an instance of BaseException, not \(made.type.name)")
            }
            exc = e
        case let e as PyBaseException:
            if let v = val, !v.isNone { throw PyErr.typeError("instance exception may not have a separate value") }
            exc = e
        default:
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not \(typ.type.name)")
        }
        if let t = traceback { exc.traceback = t }
        return exc
    }

    static func installGenerators() {
        let g = PyType.generator
        g.def("__iter__") { (a) throws(PyBaseException) -> Value in
            _ = try generator(a[0], "__iter__")
            return a[0]
        }
        g.def("__next__") { (a) throws(PyBaseException) -> Value in
            let gen = try generator(a[0], "__next__")
            if let v = try gen.send(.None) { return v }
            throw stopFor(gen)
        }
        g.def("send") { (a) throws(PyBaseException) -> Value in
            let gen = try generator(a[0], "send")
            try a.expect("send", min: 2, max: 2)
            if let v = try gen.send(a[1]) { return v }
            throw stopFor(gen)
        }
        g.def("throw") { (a) throws(PyBaseException) -> Value in
            let gen = try generator(a[0], "throw")
            if a.hasKeywords { throw PyErr.typeError("throw() takes no keyword arguments") }
            let n = a.count - 1
            if n < 1 { throw PyErr.typeError("throw expected at least 1 argument, got \(n)") }
            if n > 3 { throw PyErr.typeError("throw expected at most 3 arguments, got \(n)") }
            let exc = try thrownException(a[1], n > 1 ? a[2] : nil, n > 2 ? a[3] : nil)
            if let v = try gen.throwIn(exc) { return v }
            throw stopFor(gen)
        }
        g.def("close") { (a) throws(PyBaseException) -> Value in
            let gen = try generator(a[0], "close")
            try a.expect("close", min: 1, max: 1)
            try gen.close()
            return .None
        }
        g.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let gen = try generator(a[0], "__repr__")
            return .str("<generator object \(gen.qualname.value) at \(NativeRepr.addr(gen))>")
        }
        g.getset("gi_frame", get: { (v) throws(PyBaseException) -> Value in
            let gen = try generator(v, "gi_frame")
            if gen.finished { return .None }
            gen.frame.markEscaped()
            return .obj(gen.frame)
        })
        g.getset("gi_running", get: { (v) throws(PyBaseException) -> Value in .bool(try generator(v, "gi_running").running) })
        g.getset("gi_suspended", get: { (v) throws(PyBaseException) -> Value in
            let gen = try generator(v, "gi_suspended")
            return .bool(!gen.finished && !gen.running && gen.frame.lasti >= 0 && gen.frame.pc > 0)
        })
        g.getset("gi_code", get: { (v) throws(PyBaseException) -> Value in .obj(try generator(v, "gi_code").frame.code) })
        g.getset("gi_yieldfrom", get: { (v) throws(PyBaseException) -> Value in yieldFrom(try generator(v, "gi_yieldfrom")) })
        g.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .obj(try generator(v, "__name__").name) },
                 set: { (v, nv) throws(PyBaseException) in
            let gen = try generator(v, "__name__")
            guard case .obj(let s as PyStr)? = nv else { throw PyErr.typeError("__name__ must be set to a string object") }
            gen.name = s
        })
        g.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in .obj(try generator(v, "__qualname__").qualname) },
                 set: { (v, nv) throws(PyBaseException) in
            let gen = try generator(v, "__qualname__")
            guard case .obj(let s as PyStr)? = nv else { throw PyErr.typeError("__qualname__ must be set to a string object") }
            gen.qualname = s
        })

        let ci = PyType.callableIterator
        ci.def("__iter__") { (a) throws(PyBaseException) -> Value in a[0] }
        ci.def("__next__") { (a) throws(PyBaseException) -> Value in
            guard case .obj(let it as PyCallableIterator) = a[0] else {
                throw PyErr.typeError("descriptor '__next__' for 'callable_iterator' objects doesn't apply to a '\(a[0].type.name)' object")
            }
            if let v = try it.next() { return v }
            throw PyErr.stopIteration()
        }
    }
}
