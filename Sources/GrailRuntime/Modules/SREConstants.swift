/// Opcode, position and category numbers of CPython 3.11's regular
/// expression code (re/_constants.py, MAGIC 20220615): the pure-Python
/// compiler emits these integers and the matcher executes them.
/// Thread-safety: constants only.
enum SREOp {
    static let FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5
    static let AT = 6, BRANCH = 7, CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10
    static let GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15
    static let LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20
    static let NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25
    static let MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28
    static let POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31
    static let LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34
    static let IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37
    static let GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40
    static let NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42
    static let count = 43

    // AT codes
    static let AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2
    static let AT_BOUNDARY = 3, AT_NON_BOUNDARY = 4, AT_END = 5, AT_END_LINE = 6
    static let AT_END_STRING = 7, AT_LOC_BOUNDARY = 8, AT_LOC_NON_BOUNDARY = 9
    static let AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11

    // CATEGORY codes
    static let CAT_DIGIT = 0, CAT_NOT_DIGIT = 1, CAT_SPACE = 2, CAT_NOT_SPACE = 3
    static let CAT_WORD = 4, CAT_NOT_WORD = 5, CAT_LINEBREAK = 6, CAT_NOT_LINEBREAK = 7
    static let CAT_LOC_WORD = 8, CAT_LOC_NOT_WORD = 9, CAT_UNI_DIGIT = 10, CAT_UNI_NOT_DIGIT = 11
    static let CAT_UNI_SPACE = 12, CAT_UNI_NOT_SPACE = 13, CAT_UNI_WORD = 14, CAT_UNI_NOT_WORD = 15
    static let CAT_UNI_LINEBREAK = 16, CAT_UNI_NOT_LINEBREAK = 17

    // INFO flags
    static let INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4

    // pattern flags
    static let FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8
    static let FLAG_DOTALL = 16, FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256

    static let MAXREPEAT = 4294967295
    static let MAXGROUPS = 1073741823
    static let MAGIC = 20220615
    static let CODESIZE = 4
}

/// Character classes and case mappings the matcher uses (CPython's
/// `sre_category`, `sre_lower_*`/`sre_upper_*`). LOCALE rules use the C
/// locale (ASCII only), as CPython does under a UTF-8 locale.
/// Thread-safety: pure functions and immutable tables.
enum SREChar {
    @inline(__always) static func isDigit(_ c: Int) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isSpace(_ c: Int) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    @inline(__always) static func isAlnumASCII(_ c: Int) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }
    @inline(__always) static func isWord(_ c: Int) -> Bool { c < 128 && (isAlnumASCII(c) || c == 95) }
    @inline(__always) static func isLocWord(_ c: Int) -> Bool { c < 128 && (isAlnumASCII(c) || c == 95) }
    @inline(__always) static func isUniWord(_ c: Int) -> Bool {
        if c < 128 { return isAlnumASCII(c) || c == 95 }
        return c <= 0x10FFFF && StrCase.isAlnum(UInt32(c))
    }
    @inline(__always) static func isUniDigit(_ c: Int) -> Bool {
        if c < 128 { return isDigit(c) }
        return c <= 0x10FFFF && StrCase.isDecimal(UInt32(c))
    }
    @inline(__always) static func isUniSpace(_ c: Int) -> Bool { c <= 0x10FFFF && StrBuf.isSpace(UInt32(c)) }
    @inline(__always) static func isUniLinebreak(_ c: Int) -> Bool { c <= 0x10FFFF && StrBuf.isLineBreak(UInt32(c)) }

    static func category(_ cat: Int, _ c: Int) -> Bool {
        switch cat {
        case SREOp.CAT_DIGIT: return c < 128 && isDigit(c)
        case SREOp.CAT_NOT_DIGIT: return !(c < 128 && isDigit(c))
        case SREOp.CAT_SPACE: return c < 128 && isSpace(c)
        case SREOp.CAT_NOT_SPACE: return !(c < 128 && isSpace(c))
        case SREOp.CAT_WORD: return isWord(c)
        case SREOp.CAT_NOT_WORD: return !isWord(c)
        case SREOp.CAT_LINEBREAK: return c == 10
        case SREOp.CAT_NOT_LINEBREAK: return c != 10
        case SREOp.CAT_LOC_WORD: return isLocWord(c)
        case SREOp.CAT_LOC_NOT_WORD: return !isLocWord(c)
        case SREOp.CAT_UNI_DIGIT: return isUniDigit(c)
        case SREOp.CAT_UNI_NOT_DIGIT: return !isUniDigit(c)
        case SREOp.CAT_UNI_SPACE: return isUniSpace(c)
        case SREOp.CAT_UNI_NOT_SPACE: return !isUniSpace(c)
        case SREOp.CAT_UNI_WORD: return isUniWord(c)
        case SREOp.CAT_UNI_NOT_WORD: return !isUniWord(c)
        case SREOp.CAT_UNI_LINEBREAK: return isUniLinebreak(c)
        case SREOp.CAT_UNI_NOT_LINEBREAK: return !isUniLinebreak(c)
        default: return false
        }
    }

    @inline(__always) static func lowerASCII(_ c: Int) -> Int { (c >= 65 && c <= 90) ? c + 32 : c }
    @inline(__always) static func upperASCII(_ c: Int) -> Int { (c >= 97 && c <= 122) ? c - 32 : c }
    @inline(__always) static func lowerLocale(_ c: Int) -> Int { lowerASCII(c) }
    @inline(__always) static func upperLocale(_ c: Int) -> Int { upperASCII(c) }

    /// Latin-1 part of the Unicode mappings, precomputed.
    static let lowerTable: [Int32] = (0..<256).map { Int32(computeMapping($0, upper: false)) }
    static let upperTable: [Int32] = (0..<256).map { Int32(computeMapping($0, upper: true)) }

    /// CPython's `_PyUnicode_ToLowercase`/`ToUppercase`: the first code point
    /// of the full mapping (which is the simple mapping when there is no
    /// special casing).
    static func computeMapping(_ c: Int, upper: Bool) -> Int {
        guard c >= 0, c <= 0x10FFFF, let s = Unicode.Scalar(UInt32(c)) else { return c }
        let m = upper ? s.properties.uppercaseMapping : s.properties.lowercaseMapping
        guard let f = m.unicodeScalars.first else { return c }
        return Int(f.value)
    }

    @inline(__always) static func lowerUnicode(_ c: Int) -> Int {
        if c < 128 { return lowerASCII(c) }
        if c < 256 { return Int(lowerTable[c]) }
        return computeMapping(c, upper: false)
    }
    @inline(__always) static func upperUnicode(_ c: Int) -> Int {
        if c < 128 { return upperASCII(c) }
        if c < 256 { return Int(upperTable[c]) }
        return computeMapping(c, upper: true)
    }

    @inline(__always) static func charLocIgnore(_ pattern: Int, _ c: Int) -> Bool {
        c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern
    }
}
