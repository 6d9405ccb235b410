
/// A recursive-descent parser for the Python 3.11 grammar over a token array,
/// producing CPython-shaped AST. It follows the rules of CPython's
/// `Grammar/python.gram` (rule names appear in comments); where CPython runs a
/// second pass with `invalid_*` rules to pick a specialised message, this parser
/// checks the same conditions at the point where the valid rules fail.
///
/// Error positions mimic CPython's: a generic "invalid syntax" is reported at
/// the furthest token the parser looked at (`maxPos`, CPython's `p->fill - 1`).
/// A tokenizer error (an `.errorToken`) wins when the parser looked that far,
/// or when CPython's full-source re-tokenization would let it win.
///
/// Thread-safety: one Parser per parse, used by one thread; it shares nothing.
public final class Parser {
    public let src: TokenizedSource
    public let filename: String
    /// The token array (always ends with `.endMarker` or `.errorToken`).
    let tokens: [Token]
    let lastIndex: Int
    /// Index of the next token.
    var pos: Int = 0
    /// Furthest token index looked at (CPython's `fill - 1`).
    var maxPos: Int = 0
    /// Approximate AST nesting depth of the node being built.
    var depth: Int = 0
    /// Deepest `depth` reached; past `maxDepth` the parse ends in RecursionError,
    /// as CPython's AST construction does.
    var maxDepthSeen: Int = 0
    /// Approximate depth of CPython's rule recursion (`p->level`); past
    /// `maxLevel` the parse fails with MemoryError, like CPython's MAXSTACK.
    var level: Int = 0
    /// True while parsing an f-string replacement field (messages get "f-string: ").
    var inFString = false
    /// Second pass: CPython's `invalid_*` rules are active (only after a failure).
    var invalidMode = false
    /// Deepest nesting accepted: CPython 3.11's `ast.parse` raises RecursionError
    /// past an AST depth of about 2985 (recursion limit 1000 × 3, less its own frames).
    static let maxDepth = 2986
    /// CPython's MAXSTACK (6000) less the rule levels above the first expression.
    static let maxLevel = 5970

    public init(_ src: TokenizedSource, filename: String) {
        self.src = src
        self.filename = filename
        if src.tokens.isEmpty {
            self.tokens = [Token(kind: .endMarker, start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0)]
        } else {
            self.tokens = src.tokens
        }
        self.lastIndex = self.tokens.count - 1
    }

    // MARK: - Entry points

    /// Parses a whole module (CPython's `file` rule).
    public func parseModule() throws(PySyntaxError) -> Module {
        do {
            return try parseFileRule()
        } catch {
            throw resolveFailure(error) { () throws(PySyntaxError) in _ = try self.parseFileRule() }
        }
    }

    func parseFileRule() throws(PySyntaxError) -> Module {
        var body: [Stmt] = []
        while kind() != .endMarker {
            try parseStatement(into: &body)
        }
        try checkDepth()
        return Module(body: body)
    }

    /// After a failed first pass: when the error is the generic one, run the
    /// rule again with the `invalid_*` checks on (CPython's second pass) and
    /// keep a specialised error if one is found.
    func resolveFailure(_ first: PySyntaxError, _ rerun: () throws(PySyntaxError) -> Void) -> PySyntaxError {
        if first.kind == .memoryError || first.kind == .recursionError { return first }
        let firstMax = maxPos
        guard isGeneric(first), !invalidMode else { return finalError(first, genericIndex: firstMax) }
        pos = 0
        depth = 0
        level = 0
        invalidMode = true
        do {
            try rerun()
        } catch {
            if error.kind == .memoryError || error.kind == .recursionError { return error }
            if !isGeneric(error) { return finalError(error, genericIndex: firstMax) }
        }
        let generic = errorAtIndex(firstMax)
        return finalError(generic, genericIndex: firstMax)
    }

    func isGeneric(_ e: PySyntaxError) -> Bool {
        e.kind == .syntaxError && e.message == decorate(Parser.genericMessage)
    }

    /// Parses a module and then runs the checks CPython makes after parsing
    /// (`'return' outside function` and friends) that `compile()` reports.
    public func parseModuleForCompile() throws(PySyntaxError) -> Module {
        do {
            let m = try parseModule()
            try CompileChecks.check(m)
            return m
        } catch {
            if error.kind == .recursionError {
                throw PySyntaxError(.recursionError, "maximum recursion depth exceeded during compilation", lineno: 0, offset: 0)
            }
            throw error
        }
    }

    /// Parses the `fstring` rule: `star_expressions` then ENDMARKER.
    public func parseFStringInput() throws(PySyntaxError) -> Expr {
        inFString = true
        do {
            return try parseFStringRule()
        } catch {
            throw resolveFailure(error) { () throws(PySyntaxError) in _ = try self.parseFStringRule() }
        }
    }

    /// Parses an expression source (CPython's `eval` rule).
    public func parseExpressionInput() throws(PySyntaxError) -> Expr {
        do {
            return try parseEvalRule()
        } catch {
            throw resolveFailure(error) { () throws(PySyntaxError) in _ = try self.parseEvalRule() }
        }
    }

    func parseFStringRule() throws(PySyntaxError) -> Expr {
        let e = try parseStarExpressions()
        if kind() != .endMarker && kind() != .newline { throw fail() }
        return e
    }

    func parseEvalRule() throws(PySyntaxError) -> Expr {
        let e = try parseExpressions()
        while kind() == .newline { advance() }
        if kind() != .endMarker { throw fail() }
        return e
    }

    // MARK: - Tokens

    /// Kind of the token `k` ahead of the current one; records how far we looked.
    @inline(__always)
    func kind(_ k: Int = 0) -> TokenKind {
        var i = pos + k
        if i > lastIndex { i = lastIndex }
        if i > maxPos { maxPos = i }
        return tokens[i].kind
    }

    @inline(__always)
    func token(_ k: Int = 0) -> Token {
        var i = pos + k
        if i > lastIndex { i = lastIndex }
        if i > maxPos { maxPos = i }
        return tokens[i]
    }

    @inline(__always)
    func at(_ k: TokenKind) -> Bool { kind() == k }

    /// Consumes the current token if it has kind `k`.
    @inline(__always)
    func accept(_ k: TokenKind) -> Bool {
        if kind() == k { advance(); return true }
        return false
    }

    @inline(__always)
    func advance() {
        if pos < lastIndex { pos += 1 }
    }

    /// Consumes a token of kind `k` or fails with a generic syntax error.
    @discardableResult
    func expect(_ k: TokenKind) throws(PySyntaxError) -> Token {
        let t = token()
        if t.kind != k { throw fail() }
        advance()
        return t
    }

    /// CPython's `&&'x'` forced token: "expected 'x'" at the current token.
    @discardableResult
    func expectForced(_ k: TokenKind, _ text: String) throws(PySyntaxError) -> Token {
        let t = token()
        if t.kind != k { throw errorAt(t, "expected '\(text)'") }
        advance()
        return t
    }

    /// Is the current token the soft keyword / name `word`?
    func atName(_ word: StaticString) -> Bool {
        let t = token()
        guard t.kind == .name else { return false }
        return bytesEqual(t, word)
    }

    func bytesEqual(_ t: Token, _ word: StaticString) -> Bool {
        let n = Int(t.end - t.start)
        guard n == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w -> Bool in
            var i = 0
            let s = Int(t.start)
            while i < n {
                if src.source[s + i] != w[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Bytes of a token's text.
    @inline(__always)
    func bytes(_ t: Token) -> ArraySlice<UInt8> { src.source[Int(t.start)..<Int(t.end)] }

    /// A token's raw text as a String.
    @inline(__always)
    func string(_ t: Token) -> String { String(decoding: bytes(t), as: UTF8.self) }

    /// An identifier's text, NFKC-normalised when it is not ASCII (PEP 3131).
    func identifier(_ t: Token) -> String {
        let b = bytes(t)
        var ascii = true
        for c in b where c >= 0x80 { ascii = false; break }
        let s = String(decoding: b, as: UTF8.self)
        if ascii { return s }
        return NFKC.normalize(s)
    }

    // MARK: - Ranges

    /// The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER
    /// (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    func lastRealToken() -> Token {
        var i = pos - 1
        while i > 0 {
            let k = tokens[i].kind
            if k != .newline && k != .indent && k != .dedent && k != .endMarker { break }
            i -= 1
        }
        return tokens[max(i, 0)]
    }

    /// CPython's EXTRA: from the start of token `startIndex` to the last real consumed token.
    @inline(__always)
    func range(from startIndex: Int) -> SourceRange {
        let s = tokens[startIndex]
        let e = lastRealToken()
        return SourceRange(lineno: s.line, col: s.col, endLineno: e.endLine, endCol: e.endCol)
    }

    @inline(__always)
    func range(_ t: Token) -> SourceRange {
        SourceRange(lineno: t.line, col: t.col, endLineno: t.endLine, endCol: t.endCol)
    }

    // MARK: - Depth guard

    /// Entering a recursive rule: one more AST level and `levels` parser-stack levels.
    @inline(__always)
    func enter(levels: Int = 1) throws(PySyntaxError) {
        depth += 1
        level += levels
        if depth > maxDepthSeen { maxDepthSeen = depth }
        if level > Parser.maxLevel { throw PySyntaxError(.memoryError, "", lineno: 0, offset: 0) }
    }

    @inline(__always)
    func leave(levels: Int = 1) {
        depth -= 1
        level -= levels
    }

    /// One more level of a left-nested chain (`a + b + …`, `a.b.c…`): CPython
    /// builds these in a loop, so only the AST depth grows; stop before the
    /// tree gets deep enough to matter.
    @inline(__always)
    func enterChain() throws(PySyntaxError) {
        depth += 1
        if depth > maxDepthSeen { maxDepthSeen = depth }
        if depth > Parser.maxDepth { throw Parser.tooDeep() }
    }

    /// After a successful parse: was the tree deeper than CPython accepts?
    func checkDepth() throws(PySyntaxError) {
        if maxDepthSeen > Parser.maxDepth { throw Parser.tooDeep() }
    }

    static func tooDeep() -> PySyntaxError {
        PySyntaxError(.recursionError, "maximum recursion depth exceeded during ast construction", lineno: 0, offset: 0)
    }

}
