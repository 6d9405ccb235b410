import BigInt

/// Comparisons and hashes of the builtin types. nil = NotImplemented.
enum NativeCompare {
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyBaseException) -> Bool? {
        if IntOps.isInt(a) && IntOps.isInt(b) {
            if let x = IntOps.small(a), let y = IntOps.small(b) { return cmp(x, y, op) }
            guard let x = IntOps.big(a), let y = IntOps.big(b) else { return nil }
            return cmp(x, y, op)
        }
        if let x = NativeOps.floatValue(a) {
            if let y = NativeOps.floatValue(b) { return cmpD(x, y, op) }
            if let y = IntOps.big(b) { return cmpFloatInt(x, y, op) }
            if op >= 2 && op <= 3, case .obj(let c as PyComplex) = b { return (c.imag == 0 && c.real == x) == (op == 2) }
            return nil
        }
        if let y = NativeOps.floatValue(b), let x = IntOps.big(a) {
            return cmpFloatInt(y, x, Ops.cmpSwapped[op])
        }
        if let c = a.object as? PyComplex {
            guard op == 2 || op == 3 else { return nil }
            if case .obj(let d as PyComplex) = b { return (c.real == d.real && c.imag == d.imag) == (op == 2) }
            if let y = try NativeOps.real(b) { return (c.imag == 0 && c.real == y) == (op == 2) }
            return nil
        }
        if b.object is PyComplex { return try compare(b, a, Ops.cmpSwapped[op]) }
        guard case .obj(let ao) = a, case .obj(let bo) = b else {
            // An object against an unboxed int/float: the object's native slots decide.
            if case .obj(let o) = a { return try nativeFallback(a, b, op, o) }
            if case .obj(let o) = b { return try nativeFallback(a, b, op, o) }
            return nil
        }
        switch (ao, bo) {
        case (let s as PyStr, let t as PyStr):
            if op == 2 { return s.equals(t) }
            if op == 3 { return !s.equals(t) }
            return cmp(s.compare(t), 0, op)
        case (let s as PyTuple, let t as PyTuple): return try seqCompare(s.items, t.items, op)
        case (let s as PyList, let t as PyList): return try listCompare(s, t, op)
        case (let s as PyBytes, let t as PyBytes):
            if op == 2 { return s.bytes == t.bytes }
            if op == 3 { return s.bytes != t.bytes }
            return cmp(s.bytes.lexicographicallyPrecedes(t.bytes) ? -1 : (s.bytes == t.bytes ? 0 : 1), 0, op)
        case (let d as PyDict, let e as PyDict):
            guard op == 2 || op == 3 else { return nil }
            return try DictOps.equal(d, e) == (op == 2)
        case (let c as PyComplex, _):
            guard op == 2 || op == 3 else { return nil }
            if case .obj(let d as PyComplex) = b { return (c.real == d.real && c.imag == d.imag) == (op == 2) }
            if let y = try NativeOps.real(b) { return (c.imag == 0 && c.real == y) == (op == 2) }
            return nil
        case (_, _ as PyComplex):
            return try compare(b, a, Ops.cmpSwapped[op])
        default:
            if let r = try NativeOpsExtra.compare(a, b, op) { return r }
            // The fallback calls native dunders that may come back here for the
            // same pair: never re-enter it on one thread.
            let ts = Runtime.thread
            if ts.fallbackStack.contains(where: { $0 === ao || $0 === bo }) { return nil }
            ts.fallbackStack.append(ao)
            ts.fallbackStack.append(bo)
            defer { ts.fallbackStack.removeLast(2) }
            return try MiscTypes.nativeCompare(a, b, op)
        }
    }

    /// `MiscTypes.nativeCompare` for an object against an unboxed number, guarded against re-entry.
    static func nativeFallback(_ a: Value, _ b: Value, _ op: Int, _ o: PyObject) throws(PyBaseException) -> Bool? {
        let ts = Runtime.thread
        if ts.fallbackStack.contains(where: { $0 === o }) { return nil }
        ts.fallbackStack.append(o)
        defer { ts.fallbackStack.removeLast() }
        return try MiscTypes.nativeCompare(a, b, op)
    }

    @inline(__always) static func cmp<T: Comparable>(_ x: T, _ y: T, _ op: Int) -> Bool {
        switch op {
        case 0: return x < y
        case 1: return x <= y
        case 2: return x == y
        case 3: return x != y
        case 4: return x > y
        default: return x >= y
        }
    }
    @inline(__always) static func cmpD(_ x: Double, _ y: Double, _ op: Int) -> Bool { cmp(x, y, op) }

    static func cmpFloatInt(_ x: Double, _ y: BigInt, _ op: Int) -> Bool {
        if x.isNaN { return op == 3 }
        if x.isInfinite { return cmp(x > 0 ? 1 : -1, 0, op) }
        let fl = x.rounded(.down)
        // Compare exactly: x vs y as rationals.
        let xi = BigInt(exactly: fl) ?? BigInt(0)
        if xi < y { return cmp(-1, 0, op) }
        if xi > y { return cmp(1, 0, op) }
        return cmp(x == fl ? 0 : 1, 0, op)
    }

    /// Lexicographic comparison with identity-then-== on items (CPython's rules).
    /// CPython's list_richcompare: elements read lock-free one at a time
    /// (`__eq__` may mutate either list; lengths are re-read each step).
    static func listCompare(_ a: PyList, _ b: PyList, _ op: Int) throws(PyBaseException) -> Bool {
        try Runtime.enterRecursiveCall(" in comparison")
        defer { Runtime.leaveRecursiveCall() }
        if (op == 2 || op == 3) && a.count != b.count { return op == 3 }
        var i = 0
        while let v = a.get(i), let w = b.get(i) {
            if !(try Ops.sameOrEq(v, w)) { break }
            i += 1
        }
        guard let v = a.get(i), let w = b.get(i) else { return cmp(a.count, b.count, op) }
        if op == 2 { return false }
        if op == 3 { return true }
        return try Ops.isTrue(try Ops.richCompare(v, w, op))
    }

    static func seqCompare(_ a: [Value], _ b: [Value], _ op: Int) throws(PyBaseException) -> Bool {
        try Runtime.enterRecursiveCall(" in comparison")
        defer { Runtime.leaveRecursiveCall() }
        if (op == 2 || op == 3) && a.count != b.count { return op == 3 }
        var i = 0
        while i < a.count && i < b.count {
            if !(try Ops.sameOrEq(a[i], b[i])) { break }
            i += 1
        }
        if i >= a.count || i >= b.count { return cmp(a.count, b.count, op) }
        if op == 2 { return false }
        if op == 3 { return true }
        return try Ops.isTrue(try Ops.richCompare(a[i], b[i], op))
    }
}

enum NativeHash {
    static func hash(_ o: PyObject) throws(PyBaseException) -> Int {
        switch o {
        case let s as PyStr: return s.hash
        case let l as PyLong:
            if let i = Int(exactly: l.big) { return NumericHash.int(i) }
            return NumericHash.big(l.big)
        case let f as PyFloat: return NumericHash.double(f.value)
        case let t as PyTuple:
            var hs: [Int] = []
            hs.reserveCapacity(t.count)
            for v in t.items { hs.append(try Ops.hash(v)) }
            return NumericHash.tuple(hs)
        case let c as PyComplex:
            let r = NumericHash.double(c.real) &+ 1000003 &* NumericHash.double(c.imag)
            return r == -1 ? -2 : r
        case is PyList, is PyDict:
            throw PyErr.typeError("unhashable type: '\(o.type.name)'")
        default:
            if let h = try NativeOpsExtra.hash(o) { return h }
            let ts = Runtime.thread
            if ts.fallbackStack.contains(where: { $0 === o }) { return NumericHash.pointer(o) }
            ts.fallbackStack.append(o)
            defer { ts.fallbackStack.removeLast() }
            return try MiscTypes.nativeHash(o) ?? NumericHash.pointer(o)
        }
    }
}
