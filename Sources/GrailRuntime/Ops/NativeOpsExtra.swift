import GrailSyntax

/// Operators, comparisons, hashes and reprs of the container types that the
/// core fast paths (NativeOps, NativeCompare, NativeHash, NativeRepr) do not
/// handle: set algebra, dict `|`, dict views, bytes concatenation/repetition/
/// formatting, range/slice equality. nil = NotImplemented / not handled.
/// Thread-safety: pure dispatch; the operations follow their types' rules.
enum NativeOpsExtra {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Value? {
        guard case .obj(let ao) = a else { return nil }
        switch ao {
        case is PySet:
            if b.object is PySet { return try ContainerTypes.setBinary(a, b, op).map { .obj($0) } }
            if let v = b.object as? DictView, v.isSetLike { return try ContainerTypes.viewBinary(a, b, op) }
            return nil
        case let v as DictView:
            guard v.isSetLike, op == 1 || op == 7 || op == 10 || op == 12 else { return nil }
            return try ContainerTypes.viewBinary(a, b, op)
        case is PyDict:
            // Native dict subclasses (defaultdict) use their own __or__/__ror__;
            // dict and Python subclasses of dict give a plain dict.
            if op == 7 && a.type.solidBase === PyType.dict && b.type.solidBase === PyType.dict { return try ContainerTypes.dictOr(a, b) }
            return nil
        case let x as PyBytes:
            switch op {
            case 0:
                guard ContainerTypes.buffer(b) != nil else {
                    if b.type.isHeapType { return nil }
                    throw PyErr.typeError("can't concat \(b.type.name) to \(a.type.name)")
                }
                return try ContainerTypes.bytesConcat(a, b)
            case 5:
                guard let n = try CArgs.repeatCount(b) else {
                    if b.type.isHeapType { return nil }
                    throw PyErr.typeError("can't multiply sequence by non-int of type '\(b.type.name)'")
                }
                return ContainerTypes.bytesLike(x, try ContainerTypes.repeatBytes(x.bytes, n))
            case 6:
                return ContainerTypes.bytesLike(x, try BytesFormat.format(x.bytes, b))
            default: return nil
            }
        case is MemoryView:
            return nil
        default:
            if let v = b.object as? DictView, v.isSetLike, op == 1 || op == 7 || op == 10 || op == 12, Ops.isIterable(a) {
                return try ContainerTypes.viewBinary(a, b, op)
            }
            if op == 5, IntOps.isInt(a), case .obj(let bb as PyBytes) = b, let n = try CArgs.repeatCount(a) {
                return ContainerTypes.bytesLike(bb, try ContainerTypes.repeatBytes(bb.bytes, n))
            }
            return nil
        }
    }

    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? {
        guard case .obj(let ao) = a, case .obj(let bo) = b else { return nil }
        switch (ao, bo) {
        case (let x as PySet, let y as PySet):
            return try ContainerTypes.setCompare(x, y, op)
        case (_ as DictView, _), (_, _ as DictView):
            return try ContainerTypes.viewCompare(a, b, op)
        case (let x as PyRange, let y as PyRange):
            guard op == 2 || op == 3 else { return nil }
            return RangeOps.equal(x, y) == (op == 2)
        case (let x as PySlice, let y as PySlice):
            if x === y, op == 2 || op == 3 { return op == 2 }
            let r = try Ops.richCompare(.obj(PyTuple([x.start, x.stop, x.step])), .obj(PyTuple([y.start, y.stop, y.step])), op)
            return try Ops.isTrue(r)
        case (let x as MemoryView, _):
            guard op == 2 || op == 3, let r = try x.equals(b) else { return nil }
            return r == (op == 2)
        case (_ as PyBytes, let y as MemoryView):
            guard op == 2 || op == 3, let r = try y.equals(a) else { return nil }
            return r == (op == 2)
        default:
            return nil
        }
    }

    static func hash(_ o: PyObject) throws(PyBaseException) -> Int? {
        switch o {
        case let s as PySet:
            if !s.frozen { throw PyErr.typeError("unhashable type: '\(o.type.name)'") }
            return s.frozenHash()
        case let b as PyBytes:
            if b.isByteArray { throw PyErr.typeError("unhashable type: '\(o.type.name)'") }
            return BytesHash.hash(b.bytes)
        case let r as PyRange:
            return try RangeOps.hash(r)
        case let v as DictView:
            if v.isSetLike { throw PyErr.typeError("unhashable type: '\(o.type.name)'") }
            return nil
        case let m as MemoryView:
            return try m.hashValue()
        case is PySlice:
            throw PyErr.typeError("unhashable type: '\(o.type.name)'")
        default:
            return nil
        }
    }

    static func repr(_ o: PyObject) throws(PyBaseException) -> PyStr? {
        switch o {
        case let v as DictView:
            let name = v.type.name
            return PyStr(try NativeRepr.guarded(v, "...") { () throws(PyBaseException) -> String in
                "\(name)([" + (try NativeRepr.join(v.array)) + "])"
            })
        case let m as MappingProxy:
            return PyStr("mappingproxy(" + (try Ops.repr(.obj(m.mapping)).value) + ")")
        case let m as MemoryView:
            return PyStr(m.released ? "<released memory at \(NativeRepr.addr(m))>" : "<memory at \(NativeRepr.addr(m))>")
        default:
            return nil
        }
    }
}
