// Stub: the owner of this file replaces it with the full implementation.
import GrailSyntax

enum StrSearch {
    /// Index (in code points) of `sub` in `s[start:end]`, or -1.
    static func find(_ s: PyStr, _ sub: PyStr, _ start: Int, _ end: Int) -> Int {
        let a = s.isASCII ? s.value.utf8.map { UInt32($0) } : s.scalars.map { $0.value }
        let b = sub.isASCII ? sub.value.utf8.map { UInt32($0) } : sub.scalars.map { $0.value }
        let lo = max(0, start), hi = min(a.count, end)
        if b.isEmpty { return lo <= hi ? lo : -1 }
        if hi - lo < b.count { return -1 }
        var i = lo
        while i + b.count <= hi {
            if a[i] == b[0] {
                var j = 1
                while j < b.count && a[i + j] == b[j] { j += 1 }
                if j == b.count { return i }
            }
            i += 1
        }
        return -1
    }
}

