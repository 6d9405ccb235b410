/// Numeric literals: the number branch of CPython 3.11's `tok_get`, with
/// `tok_decimal_tail`, `verify_end_of_number` and `lookahead`, reproducing its
/// error messages and the cursor positions they are reported at.
///
/// Thread-safety: part of `Lexer` (one thread per tokenization).
extension Lexer {
    /// Scans a NUMBER starting at `start` (a digit, or '.' followed by a digit).
    /// Returns false after emitting an error.
    mutating func number(_ start: Int) -> Bool {
        var q = start
        var c = p[q]; q += 1

        // Where to continue after the integer part (CPython's gotos).
        enum Next { case fraction, exponent, imaginary, end }
        var next = Next.end

        if c == 0x2E {                       // ".5"
            c = p[q]; q += 1
            next = .fraction
        } else if c == 0x30 {                // "0..."
            c = p[q]; q += 1
            let l = c | 0x20
            if l == 0x78 {                   // hex
                c = p[q]; q += 1
                repeat {
                    if c == 0x5F { c = p[q]; q += 1 }
                    if !Lexer.isHexDigit(c) {
                        q -= 1
                        syntaxError("invalid hexadecimal literal", cur: q, tokenStart: start)
                        return false
                    }
                    repeat { c = p[q]; q += 1 } while Lexer.isHexDigit(c)
                } while c == 0x5F
                if !verifyEndOfNumber(c, &q, "hexadecimal", start) { return false }
            } else if l == 0x6F {            // octal
                c = p[q]; q += 1
                repeat {
                    if c == 0x5F { c = p[q]; q += 1 }
                    if c < 0x30 || c >= 0x38 {
                        if Lexer.isDigit(c) {
                            syntaxError("invalid digit '\(String(UnicodeScalar(c)))' in octal literal", cur: q, tokenStart: start)
                        } else {
                            q -= 1
                            syntaxError("invalid octal literal", cur: q, tokenStart: start)
                        }
                        return false
                    }
                    repeat { c = p[q]; q += 1 } while c >= 0x30 && c < 0x38
                } while c == 0x5F
                if Lexer.isDigit(c) {
                    syntaxError("invalid digit '\(String(UnicodeScalar(c)))' in octal literal", cur: q, tokenStart: start)
                    return false
                }
                if !verifyEndOfNumber(c, &q, "octal", start) { return false }
            } else if l == 0x62 {            // binary
                c = p[q]; q += 1
                repeat {
                    if c == 0x5F { c = p[q]; q += 1 }
                    if c != 0x30 && c != 0x31 {
                        if Lexer.isDigit(c) {
                            syntaxError("invalid digit '\(String(UnicodeScalar(c)))' in binary literal", cur: q, tokenStart: start)
                        } else {
                            q -= 1
                            syntaxError("invalid binary literal", cur: q, tokenStart: start)
                        }
                        return false
                    }
                    repeat { c = p[q]; q += 1 } while c == 0x30 || c == 0x31
                } while c == 0x5F
                if Lexer.isDigit(c) {
                    syntaxError("invalid digit '\(String(UnicodeScalar(c)))' in binary literal", cur: q, tokenStart: start)
                    return false
                }
                if !verifyEndOfNumber(c, &q, "binary", start) { return false }
            } else {
                // Zeros, maybe an old-style octal (an error), or a float/imaginary.
                var nonzero = false
                while true {
                    if c == 0x5F {
                        c = p[q]; q += 1
                        if !Lexer.isDigit(c) {
                            q -= 1
                            syntaxError("invalid decimal literal", cur: q, tokenStart: start)
                            return false
                        }
                    }
                    if c != 0x30 { break }
                    c = p[q]; q += 1
                }
                let zerosEnd = q
                if Lexer.isDigit(c) {
                    nonzero = true
                    guard let t = decimalTail(&q, start) else { return false }
                    c = t
                }
                if c == 0x2E {
                    c = p[q]; q += 1
                    next = .fraction
                } else if c | 0x20 == 0x65 {
                    next = .exponent
                } else if c | 0x20 == 0x6A {
                    next = .imaginary
                } else if nonzero {
                    q -= 1
                    fail(PySyntaxError(.syntaxError,
                                       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                       lineno: lineno, offset: start + 1 - lineStart, endLineno: lineno,
                                       endOffset: zerosEnd - lineStart), at: start)
                    return false
                } else {
                    if !verifyEndOfNumber(c, &q, "decimal", start) { return false }
                }
            }
        } else {                              // decimal
            guard let t = decimalTail(&q, start) else { return false }
            c = t
            if c == 0x2E {
                c = p[q]; q += 1
                next = .fraction
            } else if c | 0x20 == 0x65 {
                next = .exponent
            } else if c | 0x20 == 0x6A {
                next = .imaginary
            } else {
                if !verifyEndOfNumber(c, &q, "decimal", start) { return false }
            }
        }

        if next == .fraction {
            if Lexer.isDigit(c) {
                guard let t = decimalTail(&q, start) else { return false }
                c = t
            }
            if c | 0x20 == 0x65 {
                next = .exponent
            } else if c | 0x20 == 0x6A {
                next = .imaginary
            } else {
                if !verifyEndOfNumber(c, &q, "decimal", start) { return false }
                next = .end
            }
        }
        if next == .exponent {
            let e = c
            c = p[q]; q += 1
            if c == 0x2B || c == 0x2D {
                c = p[q]; q += 1
                if !Lexer.isDigit(c) {
                    q -= 1
                    syntaxError("invalid decimal literal", cur: q, tokenStart: start)
                    return false
                }
            } else if !Lexer.isDigit(c) {
                q -= 1
                if !verifyEndOfNumber(e, &q, "decimal", start) { return false }
                q -= 1
                pos = q
                emit(.number, start, q)
                return true
            }
            guard let t = decimalTail(&q, start) else { return false }
            c = t
            if c | 0x20 == 0x6A {
                next = .imaginary
            } else {
                if !verifyEndOfNumber(c, &q, "decimal", start) { return false }
                next = .end
            }
        }
        if next == .imaginary {
            c = p[q]; q += 1
            if !verifyEndOfNumber(c, &q, "imaginary", start) { return false }
        }
        q -= 1
        pos = q
        emit(.number, start, q)
        return true
    }

    /// CPython's `tok_decimal_tail`: digits with single underscores after an
    /// already consumed digit. Returns the first character after them (consumed),
    /// or nil after emitting "invalid decimal literal".
    @inline(__always)
    mutating func decimalTail(_ q: inout Int, _ start: Int) -> UInt8? {
        var c: UInt8
        while true {
            repeat { c = p[q]; q += 1 } while Lexer.isDigit(c)
            if c != 0x5F { break }
            c = p[q]; q += 1
            if !Lexer.isDigit(c) {
                q -= 1
                syntaxError("invalid decimal literal", cur: q, tokenStart: start)
                return nil
            }
        }
        return c
    }

    /// CPython 3.11's `verify_end_of_number`: `c` (already consumed) follows the
    /// literal. A keyword that may legally follow a number (`and else for if in is
    /// not or`) is accepted (CPython only warns); any other ASCII identifier
    /// character is an "invalid <kind> literal" error. Returns false after
    /// emitting the error.
    @inline(__always)
    mutating func verifyEndOfNumber(_ c: UInt8, _ q: inout Int, _ kind: StaticString, _ start: Int) -> Bool {
        // CPython 3.11 only looks at ASCII here: `1é` is NUMBER then NAME.
        if c >= 0x80 || !Lexer.isIdentChar(c) { return true }
        var r = false
        switch c {
        case 0x61: r = lookahead(q, "nd")
        case 0x65: r = lookahead(q, "lse")
        case 0x66: r = lookahead(q, "or")
        case 0x69:
            let c2 = p[q]
            r = c2 == 0x66 || c2 == 0x6E || c2 == 0x73
        case 0x6F: r = lookahead(q, "r")
        case 0x6E: r = lookahead(q, "ot")
        default: break
        }
        if r { return true }
        q -= 1
        syntaxError("invalid \(kind) literal", cur: q, tokenStart: start)
        return false
    }

    /// Whether the text at `q` is `test` not followed by an identifier character.
    @inline(__always)
    func lookahead(_ q: Int, _ test: StaticString) -> Bool {
        let t = test.utf8Start
        let n = test.utf8CodeUnitCount
        for i in 0..<n where p[q + i] != t[i] { return false }
        return !Lexer.isIdentChar(p[q + n])
    }
}
