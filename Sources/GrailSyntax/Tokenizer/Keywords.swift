/// Maps identifier bytes to hard-keyword token kinds (soft keywords stay `.name`).
///
/// Thread-safety: stateless; all functions are pure.
enum Keywords {
    /// The token kind for the ASCII identifier `p[0..<n]`: a `kw*` kind for the 35
    /// hard keywords of Python 3.11, `.name` otherwise.
    @inline(__always)
    static func kind(_ p: UnsafePointer<UInt8>, _ n: Int) -> TokenKind {
        if n < 2 || n > 8 { return .name }
        let c0 = p[0]
        // Every hard keyword starts with a lower-case letter or F/N/T.
        switch n {
        case 2:
            let c1 = p[1]
            switch c0 {
            case 0x61: return c1 == 0x73 ? .kwAs : .name                          // as
            case 0x69:                                                             // if in is
                if c1 == 0x66 { return .kwIf }
                if c1 == 0x6E { return .kwIn }
                if c1 == 0x73 { return .kwIs }
                return .name
            case 0x6F: return c1 == 0x72 ? .kwOr : .name                          // or
            default: return .name
            }
        case 3:
            switch c0 {
            case 0x61: return eq(p, "and") ? .kwAnd : .name
            case 0x64: return eq(p, "def") ? .kwDef : (eq(p, "del") ? .kwDel : .name)
            case 0x66: return eq(p, "for") ? .kwFor : .name
            case 0x6E: return eq(p, "not") ? .kwNot : .name
            case 0x74: return eq(p, "try") ? .kwTry : .name
            default: return .name
            }
        case 4:
            switch c0 {
            case 0x4E: return eq(p, "None") ? .kwNone : .name
            case 0x54: return eq(p, "True") ? .kwTrue : .name
            case 0x65: return eq(p, "elif") ? .kwElif : (eq(p, "else") ? .kwElse : .name)
            case 0x66: return eq(p, "from") ? .kwFrom : .name
            case 0x70: return eq(p, "pass") ? .kwPass : .name
            case 0x77: return eq(p, "with") ? .kwWith : .name
            default: return .name
            }
        case 5:
            switch c0 {
            case 0x46: return eq(p, "False") ? .kwFalse : .name
            case 0x61: return eq(p, "async") ? .kwAsync : (eq(p, "await") ? .kwAwait : .name)
            case 0x62: return eq(p, "break") ? .kwBreak : .name
            case 0x63: return eq(p, "class") ? .kwClass : .name
            case 0x72: return eq(p, "raise") ? .kwRaise : .name
            case 0x77: return eq(p, "while") ? .kwWhile : .name
            case 0x79: return eq(p, "yield") ? .kwYield : .name
            default: return .name
            }
        case 6:
            switch c0 {
            case 0x61: return eq(p, "assert") ? .kwAssert : .name
            case 0x65: return eq(p, "except") ? .kwExcept : .name
            case 0x67: return eq(p, "global") ? .kwGlobal : .name
            case 0x69: return eq(p, "import") ? .kwImport : .name
            case 0x6C: return eq(p, "lambda") ? .kwLambda : .name
            case 0x72: return eq(p, "return") ? .kwReturn : .name
            default: return .name
            }
        case 7:
            return c0 == 0x66 && eq(p, "finally") ? .kwFinally : .name
        case 8:
            if c0 == 0x63 { return eq(p, "continue") ? .kwContinue : .name }
            if c0 == 0x6E { return eq(p, "nonlocal") ? .kwNonlocal : .name }
            return .name
        default:
            return .name
        }
    }

    /// Whether `p` starts with the bytes of `s` (the caller checked the length).
    @inline(__always)
    private static func eq(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
        let q = s.utf8Start
        for i in 1..<s.utf8CodeUnitCount where p[i] != q[i] { return false }
        return true
    }
}
