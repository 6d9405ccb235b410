/// Stable sort with Python semantics (only `<` is used; key function
/// applied once per item; `reverse` keeps stability like CPython's).
enum ListSort {
    static func sort(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyBaseException) {
        if items.isEmpty { return }
        var keys: [Value]
        if let k = key {
            keys = []
            keys.reserveCapacity(items.count)
            for v in items { keys.append(try Ops.callValues(k, [v])) }
        } else {
            keys = items
        }
        if items.count < 2 { return }
        var idx = Array(0..<items.count)
        if reverse { idx.reverse() }
        // Fast paths for homogeneous ints/floats/strs.
        var allInt = true, allStr = true
        for k in keys {
            if case .int = k {} else { allInt = false }
            if case .obj(let o) = k, o.type === PyType.str {} else { allStr = false }
        }
        var less: (Int, Int) throws(PyBaseException) -> Bool
        if allInt {
            less = { (a, b) throws(PyBaseException) -> Bool in
                if case .int(let x) = keys[a], case .int(let y) = keys[b] { return x < y }
                return false
            }
        } else if allStr {
            less = { (a, b) throws(PyBaseException) -> Bool in
                guard let x = keys[a].object as? PyStr, let y = keys[b].object as? PyStr else { return false }
                return x.compare(y) < 0
            }
        } else {
            less = { (a, b) throws(PyBaseException) -> Bool in try Ops.lessThan(keys[a], keys[b]) }
        }
        var tmp = idx
        try mergeSort(&idx, &tmp, 0, idx.count, less)
        if reverse { idx.reverse() }
        let old = items
        for (i, j) in idx.enumerated() { items[i] = old[j] }
    }

    static func mergeSort(_ a: inout [Int], _ tmp: inout [Int], _ lo: Int, _ hi: Int, _ less: (Int, Int) throws(PyBaseException) -> Bool) throws(PyBaseException) {
        if hi - lo <= 16 {
            // insertion sort (stable)
            var i = lo + 1
            while i < hi {
                let x = a[i]
                var j = i - 1
                while j >= lo, try less(x, a[j]) { a[j + 1] = a[j]; j -= 1 }
                a[j + 1] = x
                i += 1
            }
            return
        }
        let mid = (lo + hi) / 2
        try mergeSort(&a, &tmp, lo, mid, less)
        try mergeSort(&a, &tmp, mid, hi, less)
        if !(try less(a[mid], a[mid - 1])) { return }
        var i = lo, j = mid, k = lo
        while i < mid && j < hi {
            if try less(a[j], a[i]) { tmp[k] = a[j]; j += 1 } else { tmp[k] = a[i]; i += 1 }
            k += 1
        }
        while i < mid { tmp[k] = a[i]; i += 1; k += 1 }
        while j < hi { tmp[k] = a[j]; j += 1; k += 1 }
        for t in lo..<hi { a[t] = tmp[t] }
    }
}
