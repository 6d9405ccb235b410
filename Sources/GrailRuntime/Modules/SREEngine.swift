import CGrailGC

/// Where a finished child activation returns to in its parent (the resume
/// points of CPython's matcher).
enum SREJump: UInt8 {
    case none, maxUntil1, maxUntil2, maxUntil3, minUntil1, minUntil2, minUntil3
    case repeatBody, repeatOne1, repeatOne2, minRepeatOne, branch, assert, assertNot
    case poss1, poss2, atomic
}

/// One activation record of the matcher (kept on an explicit stack, so deep
/// backtracking uses heap memory instead of the thread's stack).
struct SRECtx {
    var pc: Int = 0
    var ptr: Int = 0
    var count: Int = 0
    /// The literal of a REPEAT_ONE tail, or the index of a repeat context.
    var aux: Int = 0
    var lastmark: Int = 0
    var lastindex: Int = 0
    var toplevel: Bool
    var jump: SREJump
}

/// A REPEAT ... MAX_UNTIL/MIN_UNTIL loop in progress.
struct SRERepeat {
    var count: Int
    var pc: Int
    var prev: Int
    var lastPtr: Int
}

/// The state of one matching operation over a borrowed buffer of code
/// units (`UInt8` for bytes and ASCII strs, `UInt32` for other strs): the
/// backtracking matcher executing CPython 3.11's regular expression code
/// with an explicit context stack, and the search loop with its prefix /
/// charset shortcuts. Positions are indices into the buffer; -1 stands for
/// CPython's NULL mark. Thread-safety: created, used and dropped by one
/// thread within one call; the pattern code it reads is immutable.
final class SREState<C: StrUnit> {
    let s: UnsafeBufferPointer<C>
    let code: [Int]
    let length: Int
    var start: Int
    var end: Int
    let pos: Int
    let endpos: Int
    var ptr: Int = 0
    var marks: [Int]
    var lastmark = -1
    var lastindex = -1
    var reps: [SRERepeat] = []
    var curRepeat = -1
    var dstack: [Int] = []
    var ctxs: [SRECtx] = []
    var matchAll = false
    var mustAdvance = false
    var depth = 0
    var steps = 0

    init(_ s: UnsafeBufferPointer<C>, code: [Int], groups: Int, pos: Int, endpos: Int) {
        self.s = s
        self.code = code
        length = s.count
        var st = pos, en = endpos
        if st < 0 { st = 0 } else if st > length { st = length }
        if en < 0 { en = 0 } else if en > length { en = length }
        start = st
        end = en
        self.pos = st
        self.endpos = en
        marks = [Int](repeating: -1, count: max(2 * groups, 2))
    }

    /// CPython's `state_reset`.
    func reset() {
        lastmark = -1
        lastindex = -1
        curRepeat = -1
        reps.removeAll(keepingCapacity: true)
        dstack.removeAll(keepingCapacity: true)
        ctxs.removeAll(keepingCapacity: true)
    }

    @inline(__always) func op(_ i: Int) -> Int { i >= 0 && i < code.count ? code[i] : 0 }
    @inline(__always) func ch(_ i: Int) -> Int { i >= 0 && i < length ? Int(s[i]) : -1 }

    // MARK: marks save/restore (CPython's MARK_PUSH / MARK_POP*)

    @inline(__always) func markPush(_ lm: Int) {
        if lm >= 0 { dstack.append(contentsOf: marks[0...lm]) }
    }
    @inline(__always) func markPop(_ lm: Int) {
        if lm >= 0 {
            let b = dstack.count - (lm + 1)
            for i in 0...lm { marks[i] = dstack[b + i] }
            dstack.removeLast(lm + 1)
        }
    }
    @inline(__always) func markPopKeep(_ lm: Int) {
        if lm >= 0 {
            let b = dstack.count - (lm + 1)
            for i in 0...lm { marks[i] = dstack[b + i] }
        }
    }
    @inline(__always) func markPopDiscard(_ lm: Int) {
        if lm >= 0 { dstack.removeLast(lm + 1) }
    }

    // MARK: single-character tests

    func at(_ p: Int, _ code: Int) -> Bool {
        switch code {
        case SREOp.AT_BEGINNING, SREOp.AT_BEGINNING_STRING: return p == 0
        case SREOp.AT_BEGINNING_LINE: return p == 0 || ch(p - 1) == 10
        case SREOp.AT_END: return (end - p == 1 && ch(p) == 10) || p == end
        case SREOp.AT_END_LINE: return p == end || ch(p) == 10
        case SREOp.AT_END_STRING: return p == end
        case SREOp.AT_BOUNDARY, SREOp.AT_NON_BOUNDARY,
             SREOp.AT_LOC_BOUNDARY, SREOp.AT_LOC_NON_BOUNDARY,
             SREOp.AT_UNI_BOUNDARY, SREOp.AT_UNI_NON_BOUNDARY:
            if end == 0 { return false }
            let word: (Int) -> Bool
            switch code {
            case SREOp.AT_BOUNDARY, SREOp.AT_NON_BOUNDARY: word = SREChar.isWord
            case SREOp.AT_LOC_BOUNDARY, SREOp.AT_LOC_NON_BOUNDARY: word = SREChar.isLocWord
            default: word = SREChar.isUniWord
            }
            let that = p > 0 ? word(ch(p - 1)) : false
            let this = p < end ? word(ch(p)) : false
            let boundary = code == SREOp.AT_BOUNDARY || code == SREOp.AT_LOC_BOUNDARY || code == SREOp.AT_UNI_BOUNDARY
            return boundary ? this != that : this == that
        default: return false
        }
    }

    /// Is `c` in the set starting at `i` (CPython's `SRE(charset)`)?
    func inSet(_ start: Int, _ c: Int) -> Bool {
        var ok = true
        var i = start
        while true {
            let o = op(i)
            i += 1
            switch o {
            case SREOp.FAILURE: return !ok
            case SREOp.LITERAL:
                if c == op(i) { return ok }
                i += 1
            case SREOp.CATEGORY:
                if SREChar.category(op(i), c) { return ok }
                i += 1
            case SREOp.CHARSET:
                if c < 256 && (op(i + c / 32) >> (c & 31)) & 1 != 0 { return ok }
                i += 8
            case SREOp.RANGE:
                if op(i) <= c && c <= op(i + 1) { return ok }
                i += 2
            case SREOp.RANGE_UNI_IGNORE:
                if op(i) <= c && c <= op(i + 1) { return ok }
                let u = SREChar.upperUnicode(c)
                if op(i) <= u && u <= op(i + 1) { return ok }
                i += 2
            case SREOp.NEGATE:
                ok = !ok
            case SREOp.BIGCHARSET:
                let n = op(i)
                i += 1
                var block = -1
                if c < 0x10000 {
                    let hi = c >> 8
                    block = (op(i + hi / 4) >> (8 * (hi & 3))) & 0xFF
                }
                i += 64
                if block >= 0 {
                    let bit = block * 256 + (c & 255)
                    if (op(i + bit / 32) >> (bit & 31)) & 1 != 0 { return ok }
                }
                i += n * 8
            default:
                return false
            }
        }
    }

    @inline(__always) func inSetLocIgnore(_ start: Int, _ c: Int) -> Bool {
        let lo = SREChar.lowerLocale(c)
        if inSet(start, lo) { return true }
        let up = SREChar.upperLocale(c)
        return up != lo && inSet(start, up)
    }

    /// How many times the one-character item at `pc` matches from `ptr`
    /// (at most `maxcount`) — CPython's `SRE(count)`.
    func count(_ pc: Int, _ maxcount: Int) throws(PyBaseException) -> Int {
        let p0 = ptr
        var e = end
        if maxcount < e - p0 && maxcount != SREOp.MAXREPEAT { e = p0 + maxcount }
        var p = p0
        let chr = op(pc + 1)
        switch op(pc) {
        case SREOp.IN:
            while p < e && inSet(pc + 2, Int(s[p])) { p += 1 }
        case SREOp.ANY:
            while p < e && s[p] != 10 { p += 1 }
        case SREOp.ANY_ALL:
            p = Swift.max(e, p0)
        case SREOp.LITERAL:
            while p < e && Int(s[p]) == chr { p += 1 }
        case SREOp.LITERAL_IGNORE:
            while p < e && SREChar.lowerASCII(Int(s[p])) == chr { p += 1 }
        case SREOp.LITERAL_UNI_IGNORE:
            while p < e && SREChar.lowerUnicode(Int(s[p])) == chr { p += 1 }
        case SREOp.LITERAL_LOC_IGNORE:
            while p < e && SREChar.charLocIgnore(chr, Int(s[p])) { p += 1 }
        case SREOp.NOT_LITERAL:
            while p < e && Int(s[p]) != chr { p += 1 }
        case SREOp.NOT_LITERAL_IGNORE:
            while p < e && SREChar.lowerASCII(Int(s[p])) != chr { p += 1 }
        case SREOp.NOT_LITERAL_UNI_IGNORE:
            while p < e && SREChar.lowerUnicode(Int(s[p])) != chr { p += 1 }
        case SREOp.NOT_LITERAL_LOC_IGNORE:
            while p < e && !SREChar.charLocIgnore(chr, Int(s[p])) { p += 1 }
        default:
            while ptr < e {
                if !(try match(pc, toplevel: false)) { break }
            }
            return ptr - p0
        }
        return p - p0
    }

    /// Saves the current position in the running context and opens a child.
    @inline(__always) func push(_ j: SREJump, _ pc: Int, _ ptr: Int, _ toplevel: Bool) {
        let t = ctxs.count - 1
        ctxs[t].pc = pc
        ctxs[t].ptr = ptr
        ctxs.append(SRECtx(toplevel: toplevel, jump: j))
    }

    static func internalError() -> PyBaseException {
        PyErr.runtimeError("internal error in regular expression engine")
    }

    private enum Next { case enter, dispatch, exit, branchLoop, repeatOneLit, repeatOneGen, minRepeatOneLoop, maxUntilTail, possLoop1, possLoop2, possDone }

    /// Runs the code at `pc0` from `ptr`; on success `ptr` is the end of
    /// the match. CPython's `SRE(match)`.
    func match(_ pc0: Int, toplevel: Bool) throws(PyBaseException) -> Bool {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { throw PyErr.recursion("maximum recursion limit exceeded") }
        let base = ctxs.count
        ctxs.append(SRECtx(toplevel: toplevel, jump: .none))
        var pc = pc0
        var p = 0
        var ret = false
        var next = Next.enter
        let MAXREPEAT = SREOp.MAXREPEAT
        while true {
            switch next {
            case .enter:
                p = ptr
                if op(pc) == SREOp.INFO {
                    let minLen = op(pc + 3)
                    if minLen != 0 && end - p >= 0 && end - p < minLen { ret = false; next = .exit; continue }
                    pc += op(pc + 1) + 1
                }
                next = .dispatch

            case .exit:
                let done = ctxs.removeLast()
                if ctxs.count == base { return ret }
                let t = ctxs.count - 1
                pc = ctxs[t].pc
                p = ctxs[t].ptr
                let c = ctxs[t]
                switch done.jump {
                case .none:
                    throw SREState.internalError()
                case .branch:
                    if ret {
                        if curRepeat >= 0 { markPopDiscard(c.lastmark) }
                        next = .exit
                    } else {
                        if curRepeat >= 0 { markPopKeep(c.lastmark) }
                        lastmark = c.lastmark; lastindex = c.lastindex
                        pc += op(pc)
                        next = .branchLoop
                    }
                case .repeatOne1, .repeatOne2:
                    if ret {
                        if curRepeat >= 0 { markPopDiscard(c.lastmark) }
                        next = .exit
                    } else {
                        if curRepeat >= 0 { markPopKeep(c.lastmark) }
                        lastmark = c.lastmark; lastindex = c.lastindex
                        p -= 1
                        ctxs[t].count -= 1
                        next = done.jump == .repeatOne1 ? .repeatOneLit : .repeatOneGen
                    }
                case .minRepeatOne:
                    if ret {
                        if curRepeat >= 0 { markPopDiscard(c.lastmark) }
                        next = .exit
                    } else {
                        if curRepeat >= 0 { markPopKeep(c.lastmark) }
                        lastmark = c.lastmark; lastindex = c.lastindex
                        ptr = p
                        let r = try count(pc + 3, 1)
                        if r == 0 {
                            if curRepeat >= 0 { markPopDiscard(c.lastmark) }
                            ret = false; next = .exit
                        } else {
                            p += 1
                            ctxs[t].count += 1
                            next = .minRepeatOneLoop
                        }
                    }
                case .repeatBody:
                    let r = c.aux
                    if r >= 0 && r < reps.count {
                        curRepeat = reps[r].prev
                        reps.removeSubrange(r...)
                    }
                    next = .exit
                case .maxUntil1, .minUntil1:
                    let r = c.aux
                    if ret { next = .exit; break }
                    reps[r].count = c.count - 1
                    ptr = p
                    ret = false; next = .exit
                case .maxUntil2:
                    let r = c.aux
                    reps[r].lastPtr = dstack.removeLast()
                    if ret {
                        markPopDiscard(c.lastmark)
                        next = .exit
                    } else {
                        markPop(c.lastmark)
                        lastmark = c.lastmark; lastindex = c.lastindex
                        reps[r].count = c.count - 1
                        ptr = p
                        next = .maxUntilTail
                    }
                case .maxUntil3:
                    curRepeat = c.aux
                    if !ret { ptr = p }
                    next = .exit
                case .minUntil2:
                    let r = c.aux
                    let repeatOfTail = curRepeat
                    curRepeat = r
                    if ret {
                        if repeatOfTail >= 0 { markPopDiscard(c.lastmark) }
                        next = .exit
                        break
                    }
                    if repeatOfTail >= 0 { markPop(c.lastmark) }
                    lastmark = c.lastmark; lastindex = c.lastindex
                    ptr = p
                    let rp = reps[r].pc
                    let mx = op(rp + 2)
                    if (c.count >= mx && mx != MAXREPEAT) || ptr == reps[r].lastPtr {
                        ret = false; next = .exit
                        break
                    }
                    reps[r].count = c.count
                    dstack.append(reps[r].lastPtr)
                    reps[r].lastPtr = ptr
                    push(.minUntil3, pc, p, c.toplevel)
                    pc = rp + 3
                    next = .enter
                case .minUntil3:
                    let r = c.aux
                    reps[r].lastPtr = dstack.removeLast()
                    if ret { next = .exit; break }
                    reps[r].count = c.count - 1
                    ptr = p
                    next = .exit
                case .poss1:
                    if ret {
                        ctxs[t].count += 1
                        next = .possLoop1
                    } else {
                        ptr = p
                        next = .exit
                    }
                case .poss2:
                    if ret {
                        markPopDiscard(c.lastmark)
                        ctxs[t].count += 1
                        next = .possLoop2
                    } else {
                        markPop(c.lastmark)
                        lastmark = c.lastmark; lastindex = c.lastindex
                        ptr = p
                        next = .possDone
                    }
                case .atomic:
                    if !ret { ptr = p; next = .exit; break }
                    pc += op(pc)
                    p = ptr
                    next = .dispatch
                case .assert:
                    if !ret { next = .exit; break }
                    pc += op(pc)
                    next = .dispatch
                case .assertNot:
                    if ret {
                        if curRepeat >= 0 { markPopDiscard(c.lastmark) }
                        ret = false; next = .exit
                        break
                    }
                    if curRepeat >= 0 { markPop(c.lastmark) }
                    lastmark = c.lastmark; lastindex = c.lastindex
                    pc += op(pc)
                    next = .dispatch
                }

            case .branchLoop:
                let t = ctxs.count - 1
                next = .exit
                ret = false
                while op(pc) != 0 {
                    let o1 = op(pc + 1)
                    if o1 == SREOp.LITERAL && (p >= end || ch(p) != op(pc + 2)) { pc += op(pc); continue }
                    if o1 == SREOp.IN && (p >= end || !inSet(pc + 3, ch(p))) { pc += op(pc); continue }
                    ptr = p
                    push(.branch, pc, p, ctxs[t].toplevel)
                    pc += 1
                    next = .enter
                    break
                }
                if next == .exit && curRepeat >= 0 { markPopDiscard(ctxs[t].lastmark) }

            case .repeatOneLit:
                let t = ctxs.count - 1
                let mn = op(pc + 1)
                let chr = ctxs[t].aux
                var cnt = ctxs[t].count
                while cnt >= mn && (p >= end || ch(p) != chr) { p -= 1; cnt -= 1 }
                ctxs[t].count = cnt
                if cnt < mn {
                    if curRepeat >= 0 { markPopDiscard(ctxs[t].lastmark) }
                    ret = false; next = .exit
                } else {
                    ptr = p
                    push(.repeatOne1, pc, p, ctxs[t].toplevel)
                    pc += op(pc)
                    next = .enter
                }

            case .repeatOneGen:
                let t = ctxs.count - 1
                if ctxs[t].count >= op(pc + 1) {
                    ptr = p
                    push(.repeatOne2, pc, p, ctxs[t].toplevel)
                    pc += op(pc)
                    next = .enter
                } else {
                    if curRepeat >= 0 { markPopDiscard(ctxs[t].lastmark) }
                    ret = false; next = .exit
                }

            case .minRepeatOneLoop:
                let t = ctxs.count - 1
                let mx = op(pc + 2)
                if mx == MAXREPEAT || ctxs[t].count <= mx {
                    ptr = p
                    push(.minRepeatOne, pc, p, ctxs[t].toplevel)
                    pc += op(pc)
                    next = .enter
                } else {
                    if curRepeat >= 0 { markPopDiscard(ctxs[t].lastmark) }
                    ret = false; next = .exit
                }

            case .maxUntilTail:
                let t = ctxs.count - 1
                curRepeat = reps[ctxs[t].aux].prev
                push(.maxUntil3, pc, p, ctxs[t].toplevel)
                next = .enter

            case .possLoop1:
                let t = ctxs.count - 1
                if ctxs[t].count < op(pc + 1) {
                    push(.poss1, pc, p, false)
                    pc += 3
                    next = .enter
                } else {
                    p = -1
                    next = .possLoop2
                }

            case .possLoop2:
                let t = ctxs.count - 1
                let mx = op(pc + 2)
                if (ctxs[t].count < mx || mx == MAXREPEAT) && ptr != p {
                    ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                    markPush(lastmark)
                    p = ptr
                    push(.poss2, pc, p, false)
                    pc += 3
                    next = .enter
                } else {
                    next = .possDone
                }

            case .possDone:
                pc += op(pc) + 1
                p = ptr
                next = .dispatch

            case .dispatch:
                let t = ctxs.count - 1
                next = .exit
                ret = false
                run: while true {
                    steps &+= 1
                    if steps & 0xFFF == 0 && Runtime.thread.isMain && grail_take_sigint() != 0 {
                        throw PyBaseException(type: ExcTypes.keyboardInterrupt, args: [])
                    }
                    let o = op(pc)
                    pc += 1
                    switch o {
                    case SREOp.MARK:
                        let i = op(pc)
                        if i & 1 != 0 { lastindex = i / 2 + 1 }
                        if i >= marks.count { marks.append(contentsOf: [Int](repeating: -1, count: i + 1 - marks.count)) }
                        if i > lastmark {
                            var j = lastmark + 1
                            while j < i { marks[j] = -1; j += 1 }
                            lastmark = i
                        }
                        marks[i] = p
                        pc += 1
                    case SREOp.LITERAL:
                        if p >= end || ch(p) != op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.NOT_LITERAL:
                        if p >= end || ch(p) == op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.SUCCESS:
                        if ctxs[t].toplevel && ((matchAll && p != end) || (mustAdvance && p == start)) { break run }
                        ptr = p
                        ret = true
                        break run
                    case SREOp.AT:
                        if !at(p, op(pc)) { break run }
                        pc += 1
                    case SREOp.CATEGORY:
                        if p >= end || !SREChar.category(op(pc), ch(p)) { break run }
                        pc += 1; p += 1
                    case SREOp.ANY:
                        if p >= end || ch(p) == 10 { break run }
                        p += 1
                    case SREOp.ANY_ALL:
                        if p >= end { break run }
                        p += 1
                    case SREOp.IN:
                        if p >= end || !inSet(pc + 1, ch(p)) { break run }
                        pc += op(pc); p += 1
                    case SREOp.LITERAL_IGNORE:
                        if p >= end || SREChar.lowerASCII(ch(p)) != op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.LITERAL_UNI_IGNORE:
                        if p >= end || SREChar.lowerUnicode(ch(p)) != op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.LITERAL_LOC_IGNORE:
                        if p >= end || !SREChar.charLocIgnore(op(pc), ch(p)) { break run }
                        pc += 1; p += 1
                    case SREOp.NOT_LITERAL_IGNORE:
                        if p >= end || SREChar.lowerASCII(ch(p)) == op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.NOT_LITERAL_UNI_IGNORE:
                        if p >= end || SREChar.lowerUnicode(ch(p)) == op(pc) { break run }
                        pc += 1; p += 1
                    case SREOp.NOT_LITERAL_LOC_IGNORE:
                        if p >= end || SREChar.charLocIgnore(op(pc), ch(p)) { break run }
                        pc += 1; p += 1
                    case SREOp.IN_IGNORE:
                        if p >= end || !inSet(pc + 1, SREChar.lowerASCII(ch(p))) { break run }
                        pc += op(pc); p += 1
                    case SREOp.IN_UNI_IGNORE:
                        if p >= end || !inSet(pc + 1, SREChar.lowerUnicode(ch(p))) { break run }
                        pc += op(pc); p += 1
                    case SREOp.IN_LOC_IGNORE:
                        if p >= end || !inSetLocIgnore(pc + 1, ch(p)) { break run }
                        pc += op(pc); p += 1
                    case SREOp.JUMP, SREOp.INFO:
                        pc += op(pc)
                    case SREOp.BRANCH:
                        ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                        if curRepeat >= 0 { markPush(lastmark) }
                        next = .branchLoop
                        break run
                    case SREOp.REPEAT_ONE, SREOp.POSSESSIVE_REPEAT_ONE:
                        let mn = op(pc + 1)
                        if mn > end - p { break run }
                        ptr = p
                        let n = try count(pc + 3, op(pc + 2))
                        ctxs[t].count = n
                        p += n
                        if n < mn { break run }
                        if o == SREOp.POSSESSIVE_REPEAT_ONE {
                            pc += op(pc)
                            if op(pc) == SREOp.SUCCESS && p == end && !(ctxs[t].toplevel && mustAdvance && p == start) {
                                ptr = p; ret = true; break run
                            }
                            continue run
                        }
                        let tail = pc + op(pc)
                        if op(tail) == SREOp.SUCCESS && p == end && !(ctxs[t].toplevel && mustAdvance && p == start) {
                            ptr = p; ret = true; break run
                        }
                        ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                        if curRepeat >= 0 { markPush(lastmark) }
                        if op(tail) == SREOp.LITERAL {
                            ctxs[t].aux = op(tail + 1)
                            next = .repeatOneLit
                        } else {
                            next = .repeatOneGen
                        }
                        break run
                    case SREOp.MIN_REPEAT_ONE:
                        let mn = op(pc + 1)
                        if mn > end - p { break run }
                        ptr = p
                        if mn == 0 {
                            ctxs[t].count = 0
                        } else {
                            let n = try count(pc + 3, mn)
                            if n < mn { break run }
                            ctxs[t].count = n
                            p += n
                        }
                        let tl = ctxs[t].toplevel
                        if op(pc + op(pc)) == SREOp.SUCCESS && !(tl && ((matchAll && p != end) || (mustAdvance && p == start))) {
                            ptr = p; ret = true; break run
                        }
                        ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                        if curRepeat >= 0 { markPush(lastmark) }
                        next = .minRepeatOneLoop
                        break run
                    case SREOp.REPEAT:
                        reps.append(SRERepeat(count: -1, pc: pc, prev: curRepeat, lastPtr: -1))
                        ctxs[t].aux = reps.count - 1
                        curRepeat = reps.count - 1
                        ptr = p
                        push(.repeatBody, pc, p, ctxs[t].toplevel)
                        pc += op(pc)
                        next = .enter
                        break run
                    case SREOp.MAX_UNTIL, SREOp.MIN_UNTIL:
                        let r = curRepeat
                        if r < 0 || r >= reps.count { throw SREState.internalError() }
                        ctxs[t].aux = r
                        ptr = p
                        let cnt = reps[r].count + 1
                        ctxs[t].count = cnt
                        let rp = reps[r].pc
                        if cnt < op(rp + 1) {
                            reps[r].count = cnt
                            push(o == SREOp.MAX_UNTIL ? .maxUntil1 : .minUntil1, pc, p, ctxs[t].toplevel)
                            pc = rp + 3
                            next = .enter
                            break run
                        }
                        if o == SREOp.MAX_UNTIL {
                            let mx = op(rp + 2)
                            if (cnt < mx || mx == MAXREPEAT) && ptr != reps[r].lastPtr {
                                reps[r].count = cnt
                                ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                                markPush(lastmark)
                                dstack.append(reps[r].lastPtr)
                                reps[r].lastPtr = ptr
                                push(.maxUntil2, pc, p, ctxs[t].toplevel)
                                pc = rp + 3
                                next = .enter
                                break run
                            }
                            next = .maxUntilTail
                            break run
                        }
                        curRepeat = reps[r].prev
                        ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                        if curRepeat >= 0 { markPush(lastmark) }
                        push(.minUntil2, pc, p, ctxs[t].toplevel)
                        next = .enter
                        break run
                    case SREOp.POSSESSIVE_REPEAT:
                        ptr = p
                        ctxs[t].count = 0
                        next = .possLoop1
                        break run
                    case SREOp.ATOMIC_GROUP:
                        ptr = p
                        push(.atomic, pc, p, false)
                        pc += 1
                        next = .enter
                        break run
                    case SREOp.GROUPREF, SREOp.GROUPREF_IGNORE, SREOp.GROUPREF_UNI_IGNORE, SREOp.GROUPREF_LOC_IGNORE:
                        let g = op(pc) * 2
                        if g >= lastmark { break run }
                        var a = marks[g]
                        let b = marks[g + 1]
                        if a < 0 || b < 0 || b < a || b > length { break run }
                        while a < b {
                            if p >= end { break run }
                            let x = ch(p), y = ch(a)
                            switch o {
                            case SREOp.GROUPREF: if x != y { break run }
                            case SREOp.GROUPREF_IGNORE: if SREChar.lowerASCII(x) != SREChar.lowerASCII(y) { break run }
                            case SREOp.GROUPREF_UNI_IGNORE: if SREChar.lowerUnicode(x) != SREChar.lowerUnicode(y) { break run }
                            default: if SREChar.lowerLocale(x) != SREChar.lowerLocale(y) { break run }
                            }
                            a += 1; p += 1
                        }
                        pc += 1
                    case SREOp.GROUPREF_EXISTS:
                        let g = op(pc) * 2
                        if g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g] {
                            pc += op(pc + 1)
                        } else {
                            pc += 2
                        }
                    case SREOp.ASSERT:
                        let back = op(pc + 1)
                        if p < back { break run }
                        ptr = p - back
                        push(.assert, pc, p, false)
                        pc += 2
                        next = .enter
                        break run
                    case SREOp.ASSERT_NOT:
                        let back = op(pc + 1)
                        if p >= back {
                            ptr = p - back
                            ctxs[t].lastmark = lastmark; ctxs[t].lastindex = lastindex
                            if curRepeat >= 0 { markPush(lastmark) }
                            push(.assertNot, pc, p, false)
                            pc += 2
                            next = .enter
                            break run
                        }
                        pc += op(pc)
                    case SREOp.FAILURE:
                        break run
                    default:
                        throw SREState.internalError()
                    }
                }
            }
        }
    }

    /// CPython's `SRE(search)`: finds the first position from `start`
    /// where the pattern matches; sets `start`/`ptr` to the match.
    func search() throws(PyBaseException) -> Bool {
        var p = start
        var e = end
        if p > e { return false }
        var flags = 0, prefixLen = 0, prefixSkip = 0, charsetAt = -1
        let prefixAt = 7
        var pc = 0
        if op(0) == SREOp.INFO {
            flags = op(2)
            let mn = op(3)
            if mn != 0 && e - p < mn { return false }
            if mn > 1 {
                e -= mn - 1
                if e <= p { e = p }
            }
            if flags & SREOp.INFO_PREFIX != 0 {
                prefixLen = op(5)
                prefixSkip = op(6)
            } else if flags & SREOp.INFO_CHARSET != 0 {
                charsetAt = 5
            }
            pc = 1 + op(1)
        }
        let overlapAt = prefixAt + prefixLen - 1

        if prefixLen == 1 {
            let c = op(prefixAt)
            e = end
            mustAdvance = false
            while p < e {
                while ch(p) != c {
                    p += 1
                    if p >= e { return false }
                }
                start = p
                ptr = p + prefixSkip
                if flags & SREOp.INFO_LITERAL != 0 { return true }
                if try match(pc + 2 * prefixSkip, toplevel: false) { return true }
                p += 1
                lastmark = -1; lastindex = -1
            }
            return false
        }

        if prefixLen > 1 {
            e = end
            if prefixLen > e - p { return false }
            while p < e {
                let c = op(prefixAt)
                while true {
                    let x = ch(p)
                    p += 1
                    if x == c { break }
                    if p >= e { return false }
                }
                if p >= e { return false }
                var i = 1
                mustAdvance = false
                repeat {
                    if ch(p) == op(prefixAt + i) {
                        i += 1
                        if i != prefixLen {
                            p += 1
                            if p >= e { return false }
                            continue
                        }
                        start = p - (prefixLen - 1)
                        ptr = p - (prefixLen - prefixSkip - 1)
                        if flags & SREOp.INFO_LITERAL != 0 { return true }
                        if try match(pc + 2 * prefixSkip, toplevel: false) { return true }
                        p += 1
                        if p >= e { return false }
                        lastmark = -1; lastindex = -1
                    }
                    i = op(overlapAt + i)
                } while i != 0
            }
            return false
        }

        if charsetAt >= 0 {
            e = end
            mustAdvance = false
            while true {
                while p < e && !inSet(charsetAt, ch(p)) { p += 1 }
                if p >= e { return false }
                start = p
                ptr = p
                if try match(pc, toplevel: false) { return true }
                p += 1
                lastmark = -1; lastindex = -1
            }
        }

        start = p
        ptr = p
        var status = try match(pc, toplevel: true)
        mustAdvance = false
        if !status && op(pc) == SREOp.AT && (op(pc + 1) == SREOp.AT_BEGINNING || op(pc + 1) == SREOp.AT_BEGINNING_STRING) {
            start = e
            ptr = e
            return false
        }
        while !status && p < e {
            p += 1
            lastmark = -1; lastindex = -1
            start = p
            ptr = p
            status = try match(pc, toplevel: false)
        }
        return status
    }

    /// CPython's `sre_match` from `start` (match / fullmatch).
    func matchHere() throws(PyBaseException) -> Bool {
        ptr = start
        return try match(0, toplevel: true)
    }

    /// The span of group `g` (1-based) after a successful match, or nil.
    func groupSpan(_ g: Int) -> (Int, Int)? {
        let i = (g - 1) * 2
        if i + 1 > lastmark || i + 1 >= marks.count || marks[i] < 0 || marks[i + 1] < 0 { return nil }
        return (marks[i], marks[i + 1])
    }
}
