/// Structural check of regular expression code handed to `_sre.compile`
/// (CPython's `_validate`): every op has its arguments, every skip is
/// positive and stays inside the code, marks and group references name
/// existing groups, sets hold only set ops. Code that passes cannot make
/// the matcher loop forever or index out of range.
/// Thread-safety: pure function.
enum SREValidator {
    static func validate(_ code: [Int], groups: Int) -> Bool {
        var v = Walker(code: code, groups: groups)
        return v.block(0, code.count)
    }

    private struct Walker {
        let code: [Int]
        let groups: Int

        func at(_ i: Int) -> Int? { i >= 0 && i < code.count ? code[i] : nil }

        /// Validates a set body in [i, end).
        func charset(_ start: Int, _ end: Int) -> Bool {
            var i = start
            while i < end {
                guard let o = at(i) else { return false }
                i += 1
                switch o {
                case SREOp.NEGATE: break
                case SREOp.LITERAL: i += 1
                case SREOp.RANGE, SREOp.RANGE_UNI_IGNORE:
                    guard let lo = at(i), let hi = at(i + 1), lo <= hi else { return false }
                    i += 2
                case SREOp.CHARSET: i += 8
                case SREOp.BIGCHARSET:
                    guard let n = at(i) else { return false }
                    i += 1
                    for k in 0..<256 {
                        guard let w = at(i + k / 4) else { return false }
                        if (w >> (8 * (k & 3))) & 0xFF >= n { return false }
                    }
                    i += 64 + n * 8
                case SREOp.CATEGORY:
                    guard let c = at(i), c >= 0, c <= SREOp.CAT_UNI_NOT_LINEBREAK else { return false }
                    i += 1
                case SREOp.FAILURE:
                    return i == end
                default:
                    return false
                }
            }
            return i == end
        }

        /// A skip at `i`: positive, landing inside [i, limit].
        func skip(_ i: Int, _ limit: Int) -> Int? {
            guard let s = at(i), s >= 1, i + s <= limit else { return nil }
            return s
        }

        mutating func block(_ start: Int, _ end: Int) -> Bool {
            var i = start
            while i < end {
                guard let o = at(i) else { return false }
                i += 1
                switch o {
                case SREOp.SUCCESS, SREOp.FAILURE, SREOp.ANY, SREOp.ANY_ALL:
                    break
                case SREOp.MARK:
                    guard let m = at(i), m < 2 * groups else { return false }
                    i += 1
                case SREOp.LITERAL, SREOp.NOT_LITERAL, SREOp.LITERAL_IGNORE, SREOp.NOT_LITERAL_IGNORE,
                     SREOp.LITERAL_UNI_IGNORE, SREOp.NOT_LITERAL_UNI_IGNORE,
                     SREOp.LITERAL_LOC_IGNORE, SREOp.NOT_LITERAL_LOC_IGNORE:
                    guard at(i) != nil else { return false }
                    i += 1
                case SREOp.AT:
                    guard let a = at(i), a >= 0, a <= SREOp.AT_UNI_NON_BOUNDARY else { return false }
                    i += 1
                case SREOp.CATEGORY:
                    guard let c = at(i), c >= 0, c <= SREOp.CAT_UNI_NOT_LINEBREAK else { return false }
                    i += 1
                case SREOp.IN, SREOp.IN_IGNORE, SREOp.IN_UNI_IGNORE, SREOp.IN_LOC_IGNORE:
                    guard let s = skip(i, end) else { return false }
                    if !charset(i + 1, i + s) { return false }
                    i += s
                case SREOp.INFO:
                    guard let s = skip(i, end), let flags = at(i + 1), at(i + 2) != nil, at(i + 3) != nil else { return false }
                    let bodyEnd = i + s
                    var j = i + 4
                    if flags & SREOp.INFO_PREFIX != 0 {
                        guard let n = at(j), let ps = at(j + 1), n >= 1, ps <= n else { return false }
                        j += 2
                        if j + 2 * n > bodyEnd { return false }
                        for k in 0..<n {
                            guard let ov = at(j + n + k), ov >= 0, ov < n || ov == 0, ov <= k else { return false }
                        }
                        j += 2 * n
                    }
                    if flags & SREOp.INFO_CHARSET != 0 {
                        if flags & SREOp.INFO_PREFIX != 0 { return false }
                        if !charset(j, bodyEnd) { return false }
                    }
                    i = bodyEnd
                case SREOp.JUMP:
                    guard skip(i, code.count) != nil else { return false }
                    i += 1
                case SREOp.BRANCH:
                    var j = i
                    while true {
                        guard let s = at(j) else { return false }
                        if s == 0 { break }
                        guard s >= 1, j + s <= end else { return false }
                        if !block(j + 1, j + s) { return false }
                        j += s
                    }
                    i = j + 1
                case SREOp.REPEAT_ONE, SREOp.MIN_REPEAT_ONE, SREOp.POSSESSIVE_REPEAT_ONE:
                    guard let s = skip(i, end), let mn = at(i + 1), let mx = at(i + 2), mn <= mx, s >= 4 else { return false }
                    if !block(i + 3, i + s) { return false }
                    if at(i + s - 1) != SREOp.SUCCESS { return false }
                    i += s
                case SREOp.REPEAT, SREOp.POSSESSIVE_REPEAT:
                    guard let s = skip(i, end), let mn = at(i + 1), let mx = at(i + 2), mn <= mx, s >= 3 else { return false }
                    if !block(i + 3, i + s) { return false }
                    i += s
                    guard let u = at(i) else { return false }
                    if o == SREOp.REPEAT {
                        if u != SREOp.MAX_UNTIL && u != SREOp.MIN_UNTIL { return false }
                    } else if u != SREOp.SUCCESS { return false }
                    i += 1
                case SREOp.GROUPREF, SREOp.GROUPREF_IGNORE, SREOp.GROUPREF_UNI_IGNORE, SREOp.GROUPREF_LOC_IGNORE:
                    guard let g = at(i), g < groups else { return false }
                    i += 1
                case SREOp.GROUPREF_EXISTS:
                    guard let g = at(i), g < groups, let s = at(i + 1), s >= 2, i + s <= end else { return false }
                    i += 2
                case SREOp.ASSERT, SREOp.ASSERT_NOT:
                    guard let s = skip(i, end), at(i + 1) != nil, s >= 2 else { return false }
                    if !block(i + 2, i + s) { return false }
                    i += s
                case SREOp.ATOMIC_GROUP:
                    guard let s = skip(i, end) else { return false }
                    if !block(i + 1, i + s) { return false }
                    i += s
                default:
                    return false
                }
            }
            return i == end
        }
    }
}
