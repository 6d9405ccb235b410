/// Turns the raw bytes of a source file into the UTF-8 text the tokenizer scans,
/// the way CPython's `decode_str` (Parser/tokenizer.c) does for `compile(bytes)`:
///
/// 1. newlines are translated (`\r\n` and lone `\r` become `\n`) and a final `\n`
///    is added when missing (so the text is never empty); like CPython, a text
///    ending in `\r\n` gets one more `\n` (an extra empty line);
/// 2. a UTF-8 BOM is removed (the encoding is then fixed to UTF-8);
/// 3. a PEP 263 coding declaration on line 1, or on line 2 when line 1 is blank or a
///    comment, selects the codec; CPython's `get_normal_name` rules apply;
/// 4. for a codec other than (exactly) `utf-8` the whole text is decoded and
///    re-encoded as UTF-8.
///
/// Text declared (or defaulting to) `utf-8` is not validated here: as in CPython,
/// invalid bytes only matter where the tokenizer or string parser meets them.
///
/// Thread-safety: stateless; all functions are pure.
enum SourceDecoder {
    /// The codecs Grail can decode.
    enum Codec {
        case utf8Strict   // a utf-8 spelling CPython does not normalise (e.g. `utf8`): decoded strictly
        case latin1
        case ascii
        case cp1252
        case koi8r
    }

    /// The decoded text with its line table.
    struct Decoded {
        /// Newline-normalised UTF-8 ending in `\n` (with spare capacity for sentinels).
        var text: [UInt8]
        /// Offset where each line of `text` starts.
        var lineStarts: [Int32]
        /// 1-based line of the first NUL byte, or 0.
        var nulLine: Int
    }

    /// Decodes `bytes` into newline-normalised UTF-8 ending in `\n`, with its line
    /// starts. Throws CPython's pre-tokenizing errors (lineno 0, offset -1, like
    /// `_PyPegen_raise_tokenizer_init_error`).
    static func decode(_ bytes: [UInt8]) throws(PySyntaxError) -> Decoded {
        // CPython translates newlines before looking for the BOM; a BOM holds no
        // newline bytes, so removing it first is equivalent.
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let decoded = translateNewlines(bytes, skip: hasBOM ? 3 : 0)
        guard let spec = codingSpec(decoded.text) else { return decoded }
        if hasBOM {
            if spec != "utf-8" { throw initError("encoding problem: \(spec) with BOM") }
            return decoded
        }
        if spec == "utf-8" { return decoded }
        let codec = try lookup(spec)
        if codec == .utf8Strict {
            try validateUTF8(decoded.text)
            return decoded
        }
        let text = try transcode(decoded.text, codec)
        let (lineStarts, nulLine) = lineTable(text)
        return Decoded(text: text, lineStarts: lineStarts, nulLine: nulLine)
    }

    /// A SyntaxError as CPython builds it when the tokenizer cannot even start.
    static func initError(_ message: String) -> PySyntaxError {
        PySyntaxError(.syntaxError, message, lineno: 0, offset: -1)
    }

    // MARK: - Newlines

    /// CPython's `translate_newlines` with `exec_input` (`\r\n`/`\r` to `\n`, final
    /// `\n` added) on `bytes[skip...]`, building the line table in the same pass.
    static func translateNewlines(_ bytes: [UInt8], skip: Int) -> Decoded {
        let n = bytes.count
        var lineStarts: [Int32] = []
        lineStarts.reserveCapacity(n / 24 + 16)
        lineStarts.append(0)
        var nulLine = 0
        let text = bytes.withUnsafeBufferPointer { src -> [UInt8] in
            [UInt8](unsafeUninitializedCapacity: n + 16) { out, count in
                guard let o = out.baseAddress else { count = 0; return }
                var j = 0
                var i = skip
                let s = src.baseAddress ?? UnsafePointer(o)   // only read when n > skip
                let raw = UnsafeRawPointer(s)
                let orawOut = UnsafeMutableRawPointer(o)
                while i < n {
                    // Copy 8 bytes at a time while none of them is <= 0x0D (SWAR "has less than").
                    if i + 8 <= n {
                        let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        let low = (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080
                        // The lowest flagged byte is exact; bytes before it are plain text.
                        let k = low == 0 ? 8 : low.trailingZeroBitCount >> 3
                        orawOut.storeBytes(of: w.littleEndian, toByteOffset: j, as: UInt64.self)
                        i += k
                        j += k
                        if k == 8 { continue }
                    }
                    let b = s[i]
                    i += 1
                    if b > 0x0D {
                        o[j] = b
                        j += 1
                    } else if b == 0x0A {
                        o[j] = 0x0A
                        j += 1
                        lineStarts.append(Int32(truncatingIfNeeded: j))
                    } else if b == 0x0D {
                        o[j] = 0x0A
                        j += 1
                        lineStarts.append(Int32(truncatingIfNeeded: j))
                        if i < n && s[i] == 0x0A { i += 1 }
                    } else {
                        if b == 0 && nulLine == 0 { nulLine = lineStarts.count }
                        o[j] = b
                        j += 1
                    }
                }
                if n - skip >= 2 && s[n - 2] == 0x0D && s[n - 1] == 0x0A {
                    // CPython quirk: after a final "\r\n", translate_newlines appends a
                    // second '\n' (an extra empty last line, visible in error positions).
                    o[j] = 0x0A
                    j += 1
                } else if j == 0 || o[j - 1] != 0x0A {
                    o[j] = 0x0A
                    j += 1
                } else {
                    lineStarts.removeLast()   // no line starts after the final newline
                }
                count = j
            }
        }
        return Decoded(text: text, lineStarts: lineStarts, nulLine: nulLine)
    }

    /// Line starts and first-NUL line of an already normalised text.
    static func lineTable(_ text: [UInt8]) -> ([Int32], Int) {
        var lineStarts: [Int32] = [0]
        var nulLine = 0
        for (i, b) in text.enumerated() {
            if b == 0x0A {
                if i + 1 < text.count { lineStarts.append(Int32(truncatingIfNeeded: i + 1)) }
            } else if b == 0 && nulLine == 0 {
                nulLine = lineStarts.count
            }
        }
        return (lineStarts, nulLine)
    }

    // MARK: - Coding declaration

    /// The normalised coding spec declared on line 1 or 2 (CPython's `check_coding_spec`
    /// as driven by `decode_str`), or nil.
    static func codingSpec(_ text: [UInt8]) -> String? {
        // Line 1 is checked without its newline, line 2 with it (as decode_str does).
        guard let nl1 = text.firstIndex(of: 0x0A) else { return nil }
        switch checkLine(text, 0, nl1) {
        case .spec(let s): return s
        case .codeLine: return nil
        case .noSpec: break
        }
        let start2 = nl1 + 1
        guard start2 < text.count, let nl2 = text[start2...].firstIndex(of: 0x0A) else { return nil }
        if case .spec(let s) = checkLine(text, start2, nl2 + 1) { return s }
        return nil
    }

    private enum LineResult { case spec(String), noSpec, codeLine }

    /// `get_coding_spec` on `text[start..<end]`, plus check_coding_spec's rule that a line
    /// holding anything but blanks and a comment ends the search.
    private static func checkLine(_ text: [UInt8], _ start: Int, _ end: Int) -> LineResult {
        let size = end - start
        var i = 0
        var isComment = false
        while i < size - 6 {
            let c = text[start + i]
            if c == 0x23 { isComment = true; break }
            if c != 0x20 && c != 0x09 && c != 0x0C { isComment = false; break }
            i += 1
        }
        if isComment {
            while i < size - 6 {
                let t = start + i
                if text[t] == 0x63 && text[t + 1] == 0x6F && text[t + 2] == 0x64 && text[t + 3] == 0x69
                    && text[t + 4] == 0x6E && text[t + 5] == 0x67 && (text[t + 6] == 0x3A || text[t + 6] == 0x3D) {
                    // "coding" followed by ':' or '='; the name may run past this line's
                    // `size` (CPython reads the NUL-terminated buffer), but never past a newline.
                    var k = t + 7
                    while k < text.count && (text[k] == 0x20 || text[k] == 0x09) { k += 1 }
                    let begin = k
                    while k < text.count {
                        let c = text[k]
                        let alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
                        if alnum || c == 0x2D || c == 0x5F || c == 0x2E { k += 1 } else { break }
                    }
                    if begin < k {
                        return .spec(normalName(Array(text[begin..<k])))
                    }
                }
                i += 1
            }
        }
        // No spec: a line with code (before any '#') stops the search.
        var j = 0
        while j < size {
            let c = text[start + j]
            if c == 0x23 || c == 0x0A || c == 0x0D { break }
            if c != 0x20 && c != 0x09 && c != 0x0C { return .codeLine }
            j += 1
        }
        return .noSpec
    }

    /// CPython's `get_normal_name`: canonical spellings of utf-8 and latin-1.
    static func normalName(_ name: [UInt8]) -> String {
        var buf: [UInt8] = []
        for c in name.prefix(12) {
            if c == 0x5F { buf.append(0x2D) } else if c >= 0x41 && c <= 0x5A { buf.append(c | 0x20) } else { buf.append(c) }
        }
        let b = String(decoding: buf, as: UTF8.self)
        if b == "utf-8" || b.hasPrefix("utf-8-") { return "utf-8" }
        if b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" || b.hasPrefix("latin-1-")
            || b.hasPrefix("iso-8859-1-") || b.hasPrefix("iso-latin-1-") {
            return "iso-8859-1"
        }
        return String(decoding: name, as: UTF8.self)
    }

    // MARK: - Codec lookup

    /// Python's codec-registry lookup (`_Py_normalize_encoding` + `encodings.search_function`)
    /// restricted to the codecs Grail supports.
    static func lookup(_ spec: String) throws(PySyntaxError) -> Codec {
        var norm: [UInt8] = []
        var punct = false
        for c in spec.utf8 {
            let isAlnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
            if isAlnum || c == 0x2E {
                if punct && !norm.isEmpty { norm.append(0x5F) }
                punct = false
                norm.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            } else {
                punct = true
            }
        }
        let key = String(decoding: norm, as: UTF8.self)
        let module = CodecTables.aliases[key]
            ?? CodecTables.aliases[String(decoding: norm.map { $0 == 0x2E ? 0x5F : $0 }, as: UTF8.self)]
        switch module {
        case "utf_8": return .utf8Strict
        case "latin_1": return .latin1
        case "ascii": return .ascii
        case "cp1252": return .cp1252
        case "koi8_r": return .koi8r
        case .some:
            throw initError("'\(spec)' is not a text encoding; use codecs.decode() to handle arbitrary codecs")
        case .none:
            throw initError("unknown encoding: \(spec)")
        }
    }

    // MARK: - Transcoding

    /// Strict UTF-8 validation of a whole text (for `utf8` spellings CPython decodes).
    static func validateUTF8(_ text: [UInt8]) throws(PySyntaxError) {
        let failure = text.withUnsafeBufferPointer { b -> String? in
            guard let p = b.baseAddress else { return nil }
            guard let f = UTF8Check.firstFailure(p, from: 0, to: b.count) else { return nil }
            return UTF8Check.message(codec: "utf-8", f, p, from: 0)
        }
        if let m = failure { throw initError(m) }
    }

    /// Decodes `text` with a single-byte `codec` and returns it as UTF-8 (with spare capacity).
    static func transcode(_ text: [UInt8], _ codec: Codec) throws(PySyntaxError) -> [UInt8] {
        let n = text.count
        var out: [UInt8] = []
        out.reserveCapacity(n * 2 + 16)
        for (i, b) in text.enumerated() {
            if b < 0x80 { out.append(b); continue }
            var scalar: UInt32
            switch codec {
            case .latin1, .utf8Strict:
                scalar = UInt32(b)
            case .ascii:
                throw initError("'ascii' codec can't decode byte 0x\(UTF8Check.hex2(b)) in position \(i): ordinal not in range(128)")
            case .cp1252:
                scalar = UInt32(CodecTables.cp1252High[Int(b) - 0x80])
            case .koi8r:
                scalar = UInt32(CodecTables.koi8rHigh[Int(b) - 0x80])
            }
            if scalar == 0xFFFF {
                throw initError("'charmap' codec can't decode byte 0x\(UTF8Check.hex2(b)) in position \(i): character maps to <undefined>")
            }
            appendUTF8(&out, scalar)
        }
        return out
    }

    @inline(__always)
    static func appendUTF8(_ out: inout [UInt8], _ v: UInt32) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
