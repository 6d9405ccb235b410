/// Attributes and methods of `function`, `method`, `builtin_function_or_method`,
/// the method descriptors and `cell` (CPython 3.11's funcobject.c,
/// classobject.c, methodobject.c, descrobject.c, cellobject.c).
/// Thread-safety: attribute writes are single reference stores.
extension MiscTypes {
    static func function(_ v: Value) throws(PyBaseException) -> PyFunction {
        guard case .obj(let f as PyFunction) = v else { throw PyErr.typeError("descriptor for 'function' objects doesn't apply to a '\(v.type.name)' object") }
        return f
    }
    static func method(_ v: Value) throws(PyBaseException) -> PyMethod {
        guard case .obj(let m as PyMethod) = v else { throw PyErr.typeError("descriptor for 'method' objects doesn't apply to a '\(v.type.name)' object") }
        return m
    }
    static func builtin(_ v: Value) throws(PyBaseException) -> PyBuiltinFunction {
        guard case .obj(let b as PyBuiltinFunction) = v else { throw PyErr.typeError("descriptor for 'builtin_function_or_method' objects doesn't apply to a '\(v.type.name)' object") }
        return b
    }
    static func cell(_ v: Value) throws(PyBaseException) -> PyCell {
        guard case .obj(let c as PyCell) = v else { throw PyErr.typeError("descriptor for 'cell' objects doesn't apply to a '\(v.type.name)' object") }
        return c
    }

    static func installFunctions() {
        installFunctionType()
        installMethodType()
        installBuiltinTypes()
        installCell()
    }

    // MARK: function

    static func installFunctionType() {
        let f = PyType.function
        f.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .obj(try function(v).name) },
                 set: { (v, nv) throws(PyBaseException) in
            guard let nv = nv, case .obj(let s as PyStr) = nv else { throw PyErr.typeError("__name__ must be set to a string object") }
            try function(v).name = s
        })
        f.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in .obj(try function(v).qualname) },
                 set: { (v, nv) throws(PyBaseException) in
            guard let nv = nv, case .obj(let s as PyStr) = nv else { throw PyErr.typeError("__qualname__ must be set to a string object") }
            try function(v).qualname = s
        })
        f.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in try function(v).doc },
                 set: { (v, nv) throws(PyBaseException) in try function(v).doc = nv ?? .None })
        f.getset("__module__", get: { (v) throws(PyBaseException) -> Value in try function(v).module },
                 set: { (v, nv) throws(PyBaseException) in try function(v).module = nv ?? .None })
        f.getset("__defaults__", get: { (v) throws(PyBaseException) -> Value in
            let fn = try function(v)
            return fn.defaults.isEmpty ? .None : .obj(PyTuple(fn.defaults))
        }, set: { (v, nv) throws(PyBaseException) in
            let fn = try function(v)
            guard let nv = nv, !nv.isNone else { fn.defaults = []; return }
            guard case .obj(let t as PyTuple) = nv else { throw PyErr.typeError("__defaults__ must be set to a tuple object") }
            fn.defaults = t.items
        })
        f.getset("__kwdefaults__", get: { (v) throws(PyBaseException) -> Value in
            try function(v).kwdefaults.map { .obj($0) } ?? .None
        }, set: { (v, nv) throws(PyBaseException) in
            let fn = try function(v)
            guard let nv = nv, !nv.isNone else { fn.kwdefaults = nil; return }
            guard case .obj(let d as PyDict) = nv else { throw PyErr.typeError("__kwdefaults__ must be set to a dict object") }
            fn.kwdefaults = d
        })
        f.getset("__code__", get: { (v) throws(PyBaseException) -> Value in .obj(try function(v).code) },
                 set: { (v, nv) throws(PyBaseException) in
            let fn = try function(v)
            guard let nv = nv, case .obj(let c as PyCode) = nv else { throw PyErr.typeError("__code__ must be set to a code object") }
            if c.freevars.count != fn.closure.count {
                throw PyErr.valueError("\(fn.name.value)() requires a code object with \(fn.closure.count) free vars, not \(c.freevars.count)")
            }
            fn.code = c
        })
        f.getset("__globals__", get: { (v) throws(PyBaseException) -> Value in .obj(try function(v).globals) }, set: readonly)
        f.getset("__builtins__", get: { (v) throws(PyBaseException) -> Value in .obj(try function(v).builtins) }, set: readonly)
        f.getset("__closure__", get: { (v) throws(PyBaseException) -> Value in
            let fn = try function(v)
            return fn.closure.isEmpty ? .None : .obj(PyTuple(fn.closure.map { .obj($0) }))
        }, set: readonly)
        f.getset("__annotations__", get: { (v) throws(PyBaseException) -> Value in
            let fn = try function(v)
            if let d = fn.annotations { return .obj(d) }
            let d = PyDict()
            fn.annotations = d
            return .obj(d)
        }, set: { (v, nv) throws(PyBaseException) in
            let fn = try function(v)
            guard let nv = nv, !nv.isNone else { fn.annotations = nil; return }
            guard case .obj(let d as PyDict) = nv else { throw PyErr.typeError("__annotations__ must be set to a dict object") }
            fn.annotations = d
        })
        f.def("__get__") { (a) throws(PyBaseException) -> Value in
            try a.expect("__get__", min: 2, max: 3)
            let fn = try a.selfAs(PyType.function, PyFunction.self, "__get__")
            if a[1].isNone { return .obj(fn) }
            return .obj(PyMethod(.obj(fn), a[1]))
        }
        f.def("__call__") { (a) throws(PyBaseException) -> Value in
            let fn = try a.selfAs(PyType.function, PyFunction.self, "__call__")
            return try Ops.call(.obj(fn), rest(a))
        }
        f.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let fn = try a.selfAs(PyType.function, PyFunction.self, "__repr__")
            return .str("<function \(fn.qualname.value) at \(NativeRepr.addr(fn))>")
        }
        f.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
            let p = try rest(a).bind("function", ["code", "globals", "name", "argdefs", "closure"], required: 2)
            guard case .obj(let code as PyCode)? = p[0] else {
                throw PyErr.typeError("function() argument 'code' must be code, not \(p[0]?.type.name ?? "NULL")")
            }
            guard case .obj(let g as PyDict)? = p[1] else {
                throw PyErr.typeError("function() argument 'globals' must be dict, not \(p[1]?.type.name ?? "NULL")")
            }
            var defaults: [Value] = []
            if let d = p[3], !d.isNone {
                guard case .obj(let t as PyTuple) = d else { throw PyErr.typeError("arg 4 (defaults) must be None or tuple") }
                defaults = t.items
            }
            var closure: [PyCell] = []
            if let c = p[4], !c.isNone {
                guard case .obj(let t as PyTuple) = c else { throw PyErr.typeError("arg 5 (closure) must be tuple") }
                for x in t.items {
                    guard case .obj(let cl as PyCell) = x else {
                        throw PyErr.typeError("arg 5 (closure) expected cell, found \(x.type.name)")
                    }
                    closure.append(cl)
                }
            }
            if code.freevars.count != closure.count {
                if closure.isEmpty { throw PyErr.typeError("arg 5 (closure) must be tuple") }
                throw PyErr.valueError("\(code.name.value) requires closure of length \(code.freevars.count), not \(closure.count)")
            }
            let builtins: PyDict
            if case .obj(let m as PyModule)? = g.getStr("__builtins__"), let d = m.dict { builtins = d }
            else if case .obj(let d as PyDict)? = g.getStr("__builtins__") { builtins = d }
            else { builtins = Runtime.shared.builtinsDict }
            let fn = PyFunction(code: code, globals: g, builtins: builtins, defaults: defaults, closure: closure)
            if let n = p[2], !n.isNone {
                guard case .obj(let s as PyStr) = n else { throw PyErr.typeError("arg 3 (name) must be None or string") }
                fn.name = s
            }
            return .obj(fn)
        }
    }

    // MARK: method

    static func installMethodType() {
        let m = PyType.method
        m.getset("__func__", get: { (v) throws(PyBaseException) -> Value in try method(v).function }, set: readonly)
        m.getset("__self__", get: { (v) throws(PyBaseException) -> Value in try method(v).selfValue }, set: readonly)
        installMethodForwarders(m)
        m.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in
            try Ops.lookupAttr(try method(v).function, "__doc__") ?? .None
        })
        m.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(a.count - 1)") }
            guard case .obj(let x as PyMethod) = a[0], case .obj(let y as PyMethod) = a[1] else { return .notImplemented }
            if !x.selfValue.isSame(y.selfValue) { return .False }
            return .bool(try Ops.sameOrEq(x.function, y.function))
        }
        m.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(a.count - 1)") }
            guard case .obj(let x as PyMethod) = a[0], case .obj(let y as PyMethod) = a[1] else { return .notImplemented }
            if !x.selfValue.isSame(y.selfValue) { return .True }
            return .bool(!(try Ops.sameOrEq(x.function, y.function)))
        }
        m.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let x = try a.selfAs(PyType.method, PyMethod.self, "__hash__")
            return .int(try methodHash(x))
        }
        m.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let x = try a.selfAs(PyType.method, PyMethod.self, "__repr__")
            return .str(try methodRepr(x))
        }
        m.def("__call__") { (a) throws(PyBaseException) -> Value in
            let x = try a.selfAs(PyType.method, PyMethod.self, "__call__")
            return try Ops.call(.obj(x), rest(a))
        }
        m.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let x = try a.selfAs(PyType.method, PyMethod.self, "__reduce__")
            let name = try Ops.getattr(x.function, PyStr.intern("__name__"))
            guard let ga = Runtime.shared.builtinsDict.getStr("getattr") else { throw PyErr.runtimeError("lost builtins.getattr") }
            return .obj(PyTuple([ga, .obj(PyTuple([x.selfValue, name]))]))
        }
        m.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let r = rest(a)
            if r.hasKeywords { throw PyErr.typeError("method() takes no keyword arguments") }
            guard r.count == 2 else { throw PyErr.typeError("method expected 2 arguments, got \(r.count)") }
            if !(try isCallable(r[0])) { throw PyErr.typeError("first argument must be callable") }
            if r[1].isNone { throw PyErr.typeError("instance must not be None") }
            return .obj(PyMethod(r[0], r[1]))
        }
    }

    /// One non-capturing forwarding getset per attribute the method takes from its function.
    static func installMethodForwarders(_ m: PyType) {
        m.getset("__name__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__name__")) })
        m.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__qualname__")) })
        m.getset("__module__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__module__")) })
        m.getset("__defaults__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__defaults__")) })
        m.getset("__kwdefaults__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__kwdefaults__")) })
        m.getset("__code__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__code__")) })
        m.getset("__globals__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__globals__")) })
        m.getset("__closure__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__closure__")) })
        m.getset("__annotations__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__annotations__")) })
        m.getset("__builtins__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__builtins__")) })
        m.getset("__wrapped__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, PyStr.intern("__wrapped__")) })
        m.getset("__isabstractmethod__", get: { (v) throws(PyBaseException) -> Value in
            try Ops.lookupAttr(try method(v).function, "__isabstractmethod__") ?? .False
        })
        m.getset("__dict__", get: { (v) throws(PyBaseException) -> Value in try Ops.getattr(try method(v).function, Ops.s__dict__) })
    }

    static func methodHash(_ x: PyMethod) throws(PyBaseException) -> Int {
        let a: Int
        if case .obj(let o) = x.selfValue { a = NumericHash.pointer(o) } else { a = try Ops.hash(x.selfValue) }
        let r = a ^ (try Ops.hash(x.function))
        return r == -1 ? -2 : r
    }

    static func methodRepr(_ x: PyMethod) throws(PyBaseException) -> String {
        var name = "?"
        var q = try Ops.lookupAttr(x.function, "__qualname__")
        if q == nil { q = try Ops.lookupAttr(x.function, "__name__") }
        if case .obj(let s as PyStr)? = q { name = s.value }
        return "<bound method \(name) of \(try Ops.repr(x.selfValue).value)>"
    }

    static func isCallable(_ v: Value) throws(PyBaseException) -> Bool {
        guard case .obj(let o) = v else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyMethod || o is PyType { return true }
        return o.type.lookup("__call__") != nil
    }

    // MARK: builtin functions and method descriptors

    static func installBuiltinTypes() {
        let bf = PyType.builtinFunction
        bf.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .str(try builtin(v).name) })
        bf.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in .str(builtinQualname(try builtin(v))) })
        bf.getset("__self__", get: { (v) throws(PyBaseException) -> Value in builtinSelf(try builtin(v)) })
        bf.getset("__module__", get: { (v) throws(PyBaseException) -> Value in
            let b = try builtin(v)
            if b.boundSelf != nil && b.moduleName == nil { return .None }
            return b.moduleName.map { .str($0) } ?? .None
        })
        bf.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in try builtin(v).doc.map { .str($0) } ?? .None })
        bf.getset("__text_signature__", get: { (_) throws(PyBaseException) -> Value in .None })
        bf.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(builtinRepr(try builtin(a[0]))) }
        bf.def("__call__") { (a) throws(PyBaseException) -> Value in try Ops.call(a[0], rest(a)) }
        bf.def("__eq__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as PyBuiltinFunction) = a[0], case .obj(let y as PyBuiltinFunction) = a[1] else { return .notImplemented }
            return .bool(builtinsEqual(x, y))
        }
        bf.def("__ne__") { (a) throws(PyBaseException) -> Value in
            guard a.count == 2, case .obj(let x as PyBuiltinFunction) = a[0], case .obj(let y as PyBuiltinFunction) = a[1] else { return .notImplemented }
            return .bool(!builtinsEqual(x, y))
        }
        bf.def("__hash__") { (a) throws(PyBaseException) -> Value in
            let b = try builtin(a[0])
            var h = b.name.hashValue & 0xFFFF_FFFF
            if let s = b.boundSelf, case .obj(let o) = s { h ^= NumericHash.pointer(o) }
            return .int(h == -1 ? -2 : h)
        }
        bf.def("__reduce__") { (a) throws(PyBaseException) -> Value in
            let b = try builtin(a[0])
            if let s = b.boundSelf, !(s.object is PyModule) {
                guard let ga = Runtime.shared.builtinsDict.getStr("getattr") else { throw PyErr.runtimeError("lost builtins.getattr") }
                return .obj(PyTuple([ga, .obj(PyTuple([s, .str(b.name)]))]))
            }
            return .str(b.name)
        }
        for t in [PyType.methodDescriptor, PyType.classmethodDescriptor, PyType.wrapperDescriptor] {
            t.getset("__name__", get: { (v) throws(PyBaseException) -> Value in .str(try builtin(v).name) })
            t.getset("__qualname__", get: { (v) throws(PyBaseException) -> Value in .str(builtinQualname(try builtin(v))) })
            t.getset("__objclass__", get: { (v) throws(PyBaseException) -> Value in try builtin(v).owner.map { .obj($0) } ?? .None })
            t.getset("__doc__", get: { (v) throws(PyBaseException) -> Value in try builtin(v).doc.map { .str($0) } ?? .None })
            t.getset("__text_signature__", get: { (_) throws(PyBaseException) -> Value in .None })
            t.def("__repr__") { (a) throws(PyBaseException) -> Value in .str(builtinRepr(try builtin(a[0]))) }
            t.def("__call__") { (a) throws(PyBaseException) -> Value in try Ops.call(a[0], rest(a)) }
            t.def("__get__") { (a) throws(PyBaseException) -> Value in
                try a.expect("__get__", min: 2, max: 3)
                let b = try builtin(a[0])
                let inst = a[1]
                let owner: Value = a.count > 2 ? a[2] : .None
                switch b.kind {
                case .classMethod:
                    let cls: Value = owner.isNone ? .obj(inst.type) : owner
                    if let ow = b.owner, case .obj(let ct as PyType) = cls, !ct.isSubtype(ow) {
                        throw PyErr.typeError("descriptor '\(b.name)' for type '\(ow.name)' doesn't apply to type '\(ct.name)'")
                    }
                    return .obj(b.bind(cls))
                case .method:
                    if inst.isNone { return .obj(b) }
                    if let ow = b.owner, !inst.type.isSubtype(ow) {
                        throw PyErr.typeError("descriptor '\(b.name)' for '\(ow.name)' objects doesn't apply to a '\(inst.type.name)' object")
                    }
                    return .obj(b.bind(inst))
                default:
                    return .obj(b)
                }
            }
        }
    }

    static func builtinQualname(_ b: PyBuiltinFunction) -> String {
        if let s = b.boundSelf {
            if s.object is PyModule { return b.name }
            if case .obj(let t as PyType) = s { return t.qualname + "." + b.name }
            return s.type.qualname + "." + b.name
        }
        if let o = b.owner { return o.qualname + "." + b.name }
        return b.name
    }

    static func builtinSelf(_ b: PyBuiltinFunction) -> Value {
        if let s = b.boundSelf { return s }
        if let m = b.moduleName {
            if m == "builtins" { return .obj(Runtime.shared.builtins) }
            if let mod = Runtime.shared.modules.getStr(m) { return mod }
        }
        return .None
    }

    static func builtinRepr(_ b: PyBuiltinFunction) -> String {
        if let s = b.boundSelf, !(s.object is PyModule) {
            if case .obj(let t as PyType) = s, b.kind == .function, b.owner != nil {
                return "<built-in method \(b.name) of type object at \(NativeRepr.addr(t))>"
            }
            return "<built-in method \(b.name) of \(s.type.name) object at \(NativeRepr.addr(s.object ?? b))>"
        }
        if let owner = b.owner {
            if b.kind == .staticMethod { return "<built-in method \(b.name) of type object at \(NativeRepr.addr(owner))>" }
            return "<method '\(b.name)' of '\(owner.name)' objects>"
        }
        return "<built-in function \(b.name)>"
    }

    static func builtinsEqual(_ x: PyBuiltinFunction, _ y: PyBuiltinFunction) -> Bool {
        if x === y { return true }
        guard x.name == y.name, x.owner === y.owner, x.moduleName == y.moduleName else { return false }
        switch (x.boundSelf, y.boundSelf) {
        case (nil, nil): return true
        case (.some(let a), .some(let b)): return a.isSame(b)
        default: return false
        }
    }

    // MARK: cell

    static func installCell() {
        let c = PyType.cell
        c.getset("cell_contents", get: { (v) throws(PyBaseException) -> Value in
            let cl = try cell(v)
            if cl.ref.isNull { throw PyErr.valueError("Cell is empty") }
            return cl.ref
        }, set: { (v, nv) throws(PyBaseException) in try cell(v).ref = nv ?? .null })
        c.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let r = rest(a)
            if r.hasKeywords { throw PyErr.typeError("cell() takes no keyword arguments") }
            if r.count > 1 { throw PyErr.typeError("cell expected at most 1 argument, got \(r.count)") }
            return .obj(PyCell(r.count == 1 ? r[0] : .null))
        }
        c.def("__repr__") { (a) throws(PyBaseException) -> Value in
            let cl = try a.selfAs(PyType.cell, PyCell.self, "__repr__")
            if cl.ref.isNull { return .str("<cell at \(NativeRepr.addr(cl)): empty>") }
            return .str("<cell at \(NativeRepr.addr(cl)): \(cl.ref.type.name) object at \(NativeRepr.addr(cl.ref.object ?? cl))>")
        }
        for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            _ = op
            c.ns.setStr(name, .obj(PyBuiltinFunction(name, kind: .method, owner: c, cellCompare(name))))
        }
        c.ns.setStr("__hash__", .None)
    }

    static func cellCompare(_ name: String) -> NativeFunction {
        switch name {
        case "__lt__": return { (a) throws(PyBaseException) -> Value in try cellRich(a, 0) }
        case "__le__": return { (a) throws(PyBaseException) -> Value in try cellRich(a, 1) }
        case "__eq__": return { (a) throws(PyBaseException) -> Value in try cellRich(a, 2) }
        case "__ne__": return { (a) throws(PyBaseException) -> Value in try cellRich(a, 3) }
        case "__gt__": return { (a) throws(PyBaseException) -> Value in try cellRich(a, 4) }
        default: return { (a) throws(PyBaseException) -> Value in try cellRich(a, 5) }
        }
    }

    /// cell_richcompare: empty cells sort before full ones; full cells compare contents.
    static func cellRich(_ a: Args, _ op: Int) throws(PyBaseException) -> Value {
        guard a.count == 2, case .obj(let x as PyCell) = a[0], case .obj(let y as PyCell) = a[1] else { return .notImplemented }
        if !x.ref.isNull && !y.ref.isNull { return try Ops.richCompare(x.ref, y.ref, op) }
        let l = x.ref.isNull ? 0 : 1, r = y.ref.isNull ? 0 : 1
        switch op {
        case 0: return .bool(l < r)
        case 1: return .bool(l <= r)
        case 2: return .bool(l == r)
        case 3: return .bool(l != r)
        case 4: return .bool(l > r)
        default: return .bool(l >= r)
        }
    }
}
