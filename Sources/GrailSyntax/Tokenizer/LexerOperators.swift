/// Operators, delimiters and bracket tracking: CPython 3.11's `PyToken_OneChar`,
/// `PyToken_TwoChars`, `PyToken_ThreeChars` and the parenthesis-level checks of
/// `tok_get`.
///
/// Thread-safety: part of `Lexer` (one thread per tokenization).
extension Lexer {
    /// Scans the operator/delimiter starting with `c` at `start`. Returns false
    /// after emitting an error.
    mutating func operatorToken(_ c: UInt8, _ start: Int) -> Bool {
        let c2 = p[start + 1]
        if let two = Lexer.twoChars(c, c2) {
            let c3 = p[start + 2]
            if let three = Lexer.threeChars(c, c2, c3) {
                pos = start + 3
                emit(three, start, pos)
            } else {
                pos = start + 2
                emit(two, start, pos)
            }
            return true
        }
        pos = start + 1
        let kind: TokenKind
        switch c {
        case 0x28, 0x5B, 0x7B:   // ( [ {
            if level >= Lexer.maxLevel {
                syntaxError("too many nested parentheses", cur: pos, tokenStart: start)
                return false
            }
            parenChar[level] = c
            parenLine[level] = Int32(truncatingIfNeeded: lineno)
            parenCol[level] = Int32(truncatingIfNeeded: start - lineStart)
            level += 1
            kind = c == 0x28 ? .lpar : (c == 0x5B ? .lsqb : .lbrace)
        case 0x29, 0x5D, 0x7D:   // ) ] }
            let ch = String(UnicodeScalar(c))
            if level == 0 {
                syntaxError("unmatched '\(ch)'", cur: pos, tokenStart: start)
                return false
            }
            level -= 1
            let opening = parenChar[level]
            if !((opening == 0x28 && c == 0x29) || (opening == 0x5B && c == 0x5D) || (opening == 0x7B && c == 0x7D)) {
                let o = String(UnicodeScalar(opening))
                if Int(parenLine[level]) != lineno {
                    syntaxError("closing parenthesis '\(ch)' does not match opening parenthesis '\(o)' on line \(parenLine[level])",
                                cur: pos, tokenStart: start)
                } else {
                    syntaxError("closing parenthesis '\(ch)' does not match opening parenthesis '\(o)'",
                                cur: pos, tokenStart: start)
                }
                return false
            }
            kind = c == 0x29 ? .rpar : (c == 0x5D ? .rsqb : .rbrace)
        case 0x3A: kind = .colon
        case 0x2C: kind = .comma
        case 0x3B: kind = .semi
        case 0x2B: kind = .plus
        case 0x2D: kind = .minus
        case 0x2A: kind = .star
        case 0x2F: kind = .slash
        case 0x7C: kind = .vbar
        case 0x26: kind = .amper
        case 0x3C: kind = .less
        case 0x3E: kind = .greater
        case 0x3D: kind = .equal
        case 0x25: kind = .percent
        case 0x7E: kind = .tilde
        case 0x5E: kind = .circumflex
        case 0x40: kind = .at
        default:
            if c < 0x20 || c == 0x7F {
                syntaxError("invalid non-printable character U+\(UTF8Check.hex4Upper(UInt32(c)))", cur: pos, tokenStart: start)
                return false
            }
            // '$', '?', '!', '`': CPython hands the parser a generic OP token that no
            // grammar rule matches. We emit an .errorToken carrying the generic error
            // the parser would raise there, and keep tokenizing (see Tokenizer docs).
            let col = start - lineStart
            fail(PySyntaxError(.syntaxError, "invalid syntax", lineno: lineno, offset: col + 1, endLineno: lineno,
                               endOffset: col + 2), at: start)
            tokens[tokens.count - 1].end = Int32(truncatingIfNeeded: pos)
            tokens[tokens.count - 1].endCol = Int32(truncatingIfNeeded: col + 1)
            return true
        }
        emit(kind, start, pos)
        return true
    }

    /// Two-character operators (`PyToken_TwoChars`); `<>` is NOTEQUAL as in CPython.
    @inline(__always)
    static func twoChars(_ c1: UInt8, _ c2: UInt8) -> TokenKind? {
        switch c1 {
        case 0x21: return c2 == 0x3D ? .notEqual : nil                                  // !=
        case 0x25: return c2 == 0x3D ? .percentEqual : nil                              // %=
        case 0x26: return c2 == 0x3D ? .amperEqual : nil                                // &=
        case 0x2A: return c2 == 0x2A ? .doubleStar : (c2 == 0x3D ? .starEqual : nil)    // ** *=
        case 0x2B: return c2 == 0x3D ? .plusEqual : nil                                 // +=
        case 0x2D: return c2 == 0x3D ? .minusEqual : (c2 == 0x3E ? .arrow : nil)        // -= ->
        case 0x2F: return c2 == 0x2F ? .doubleSlash : (c2 == 0x3D ? .slashEqual : nil)  // // /=
        case 0x3A: return c2 == 0x3D ? .colonEqual : nil                                // :=
        case 0x3C:                                                                      // << <= <>
            if c2 == 0x3C { return .leftShift }
            if c2 == 0x3D { return .lessEqual }
            if c2 == 0x3E { return .notEqual }
            return nil
        case 0x3D: return c2 == 0x3D ? .eqEqual : nil                                   // ==
        case 0x3E: return c2 == 0x3D ? .greaterEqual : (c2 == 0x3E ? .rightShift : nil) // >= >>
        case 0x40: return c2 == 0x3D ? .atEqual : nil                                   // @=
        case 0x5E: return c2 == 0x3D ? .circumflexEqual : nil                           // ^=
        case 0x7C: return c2 == 0x3D ? .vbarEqual : nil                                 // |=
        default: return nil
        }
    }

    /// Three-character operators (`PyToken_ThreeChars`; `...` is handled with '.').
    @inline(__always)
    static func threeChars(_ c1: UInt8, _ c2: UInt8, _ c3: UInt8) -> TokenKind? {
        guard c3 == 0x3D else { return nil }
        if c1 == 0x2A && c2 == 0x2A { return .doubleStarEqual }
        if c1 == 0x2F && c2 == 0x2F { return .doubleSlashEqual }
        if c1 == 0x3C && c2 == 0x3C { return .leftShiftEqual }
        if c1 == 0x3E && c2 == 0x3E { return .rightShiftEqual }
        return nil
    }
}
