/// Helpers that fill builtin type namespaces at bootstrap.
extension PyType {
    /// The namespace dict, created on first use for builtin types.
    public var ns: PyDict {
        if let d = dict { return d }
        let d = PyDict()
        d.typeOwner = self
        dict = d
        return d
    }

    /// A method (binds `self`).
    public func def(_ name: String, _ fn: @escaping NativeFunction) {
        ns.setStr(name, .obj(PyBuiltinFunction(name, kind: .method, owner: self, fn)))
    }
    /// A static method such as `__new__` (called with the class first, never bound).
    public func defStatic(_ name: String, _ fn: @escaping NativeFunction) {
        ns.setStr(name, .obj(PyBuiltinFunction(name, kind: .staticMethod, owner: self, fn)))
    }
    /// A class method (binds the class).
    public func defClass(_ name: String, _ fn: @escaping NativeFunction) {
        ns.setStr(name, .obj(PyBuiltinFunction(name, kind: .classMethod, owner: self, fn)))
    }
    /// A native attribute.
    public func getset(_ name: String, get: @escaping (Value) throws(PyBaseException) -> Value,
                       set: ((Value, Value?) throws(PyBaseException) -> Void)? = nil) {
        ns.setStr(name, .obj(PyGetSetDescriptor(name, owner: self, get: get, set: set)))
    }
    /// A plain class attribute.
    public func attr(_ name: String, _ v: Value) { ns.setStr(name, v) }
}

extension Args {
    /// `self` of a method call, checked to be an instance of `t` (layout class `T`).
    @inline(__always)
    public func selfAs<T: PyObject>(_ t: PyType, _ cls: T.Type, _ method: String) throws(PyBaseException) -> T {
        guard count > 0 || buf.count > 0, case .obj(let o) = buf[0], let r = o as? T else {
            let got = buf.count > 0 ? buf[0].type.name : "nothing"
            throw PyErr.typeError("descriptor '\(method)' for '\(t.name)' objects doesn't apply to a '\(got)' object")
        }
        return r
    }
}
