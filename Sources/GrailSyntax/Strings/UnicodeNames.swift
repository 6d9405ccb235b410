/// Character-name lookup for `\N{NAME}` escapes, matching CPython 3.11's
/// `unicodedata` `_getcode` (Unicode 14.0.0, no named sequences):
///
/// - `HANGUL SYLLABLE ...`: case-sensitive prefix, jamo parsed greedily;
/// - `CJK UNIFIED IDEOGRAPH-XXXX[X]`: case-sensitive prefix, 4 or 5 upper-case
///   hex digits naming a unified ideograph;
/// - anything else: case-insensitive match against character names and all
///   formal name aliases (control, abbreviation, correction, figment, alternate).
///
/// Names come from Swift's `Unicode.Scalar.Properties.name`, limited to the code
/// points CPython 3.11 names (`UnicodeData14.namedRanges`; Swift's data is
/// newer). The reverse table is built on first use only.
/// Thread-safety: the table is a `static let` (initialised once, atomically);
/// lookups only read it.
enum UnicodeNames {
    private static let hangulBase: UInt32 = 0xAC00
    private static let hangulCount: UInt32 = 11172
    private static let jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
    private static let jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
                                "WE", "WI", "YU", "EU", "YI", "I"]
    private static let jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
                                "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]

    /// Upper-cased name or alias -> code point (Hangul syllables and CJK unified
    /// ideographs excluded: they are handled algorithmically, like CPython).
    private static let table: [String: UInt32] = buildTable()

    private static func buildTable() -> [String: UInt32] {
        var t: [String: UInt32] = [:]
        t.reserveCapacity(45000)
        let named = UnicodeData14.namedRanges
        var k = 0
        while k + 1 < named.count {
            var c = named[k]
            let hi = named[k + 1]
            while c <= hi {
                if !(c >= hangulBase && c < hangulBase + hangulCount) && !isUnifiedIdeograph(c),
                   let scalar = Unicode.Scalar(c), let name = scalar.properties.name {
                    t[name] = c
                }
                c += 1
            }
            k += 2
        }
        for (alias, c) in UnicodeData14.nameAliases {
            t[alias] = c
        }
        return t
    }

    /// Is `c` in one of the flat inclusive range lists of `UnicodeData14`?
    static func inRanges(_ c: UInt32, _ ranges: [UInt32]) -> Bool {
        var lo = 0
        var hi = ranges.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[2 * mid + 1] < c {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        return lo < ranges.count / 2 && ranges[2 * lo] <= c
    }

    static func isUnifiedIdeograph(_ c: UInt32) -> Bool { inRanges(c, UnicodeData14.cjkUnifiedRanges) }

    private static func hasPrefix(_ s: ArraySlice<UInt8>, _ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard s.count >= n else { return false }
        return p.withUTF8Buffer { buf -> Bool in
            var i = 0
            var j = s.startIndex
            while i < n {
                if s[j] != buf[i] { return false }
                i += 1
                j += 1
            }
            return true
        }
    }

    /// The code point named `name` (bytes between the braces of `\N{...}`), or nil.
    static func lookup(_ name: ArraySlice<UInt8>) -> UInt32? {
        if hasPrefix(name, "HANGUL SYLLABLE ") {
            return hangulSyllable(name.dropFirst(16))
        }
        if hasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
            let digits = name.dropFirst(22)
            guard digits.count == 4 || digits.count == 5 else { return nil }
            var v: UInt32 = 0
            for c in digits {
                switch c {
                case 0x30...0x39: v = v * 16 + UInt32(c - 0x30)
                case 0x41...0x46: v = v * 16 + UInt32(c - 0x41 + 10)
                default: return nil
                }
            }
            return isUnifiedIdeograph(v) ? v : nil
        }
        var upper = [UInt8]()
        upper.reserveCapacity(name.count)
        for c in name {
            upper.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
        }
        return table[String(decoding: upper, as: UTF8.self)]
    }

    /// CPython's `find_syllable`: the longest jamo of `column` that prefixes `s`.
    private static func findSyllable(_ s: ArraySlice<UInt8>, _ column: [String]) -> (len: Int, index: Int) {
        var bestLen = -1
        var best = -1
        for (i, jamo) in column.enumerated() {
            let u = Array(jamo.utf8)
            if u.count <= bestLen || u.count > s.count { continue }
            if s.prefix(u.count).elementsEqual(u) {
                bestLen = u.count
                best = i
            }
        }
        return (max(bestLen, 0), best)
    }

    private static func hangulSyllable(_ rest: ArraySlice<UInt8>) -> UInt32? {
        var s = rest
        let l = findSyllable(s, jamoL)
        s = s.dropFirst(l.len)
        let v = findSyllable(s, jamoV)
        s = s.dropFirst(v.len)
        let t = findSyllable(s, jamoT)
        s = s.dropFirst(t.len)
        guard l.index >= 0, v.index >= 0, t.index >= 0, s.isEmpty else { return nil }
        return hangulBase + UInt32((l.index * jamoV.count + v.index) * jamoT.count + t.index)
    }
}
