import GrailSyntax

/// Turns a finished `CodeBuilder` into a `CodeUnit` (CPython's `assemble()`):
/// computes the stack size, drops pseudo-instructions, resolves labels to
/// absolute instruction indices, fills in positions, builds the compressed
/// exception table and removes unused constants.
/// Thread-safety: stateless.
enum Assembler {
    /// Metadata of the unit being assembled. Thread-safety: a plain value type.
    struct Header {
        var name: String
        var qualname: String
        var filename: String
        var firstLineNo: Int
        var argCount = 0
        var posOnlyArgCount = 0
        var kwOnlyArgCount = 0
        var flags: CodeFlags = []
        /// Keep constant 0 even if unused (a function's docstring slot).
        var keepFirstConst = false
    }

    static func assemble(_ b: CodeBuilder, _ h: Header) throws(PySyntaxError) -> CodeUnit {
        var handlers = b.handlers
        let (stackSize, reached) = StackDepth.compute(b.instrs, labelPos: b.labelPos, handlers: &handlers)
        // Unreachable code is dropped (as CPython's optimizer does).
        func kept(_ i: Int) -> Bool { b.instrs[i].kind == .real && i < reached.count && reached[i] }

        // Final index of every built instruction (dropped ones map to the next kept one).
        var finalIndex = [Int](repeating: 0, count: b.instrs.count + 1)
        var k = 0
        for i in b.instrs.indices {
            finalIndex[i] = k
            if kept(i) { k += 1 }
        }
        finalIndex[b.instrs.count] = k
        func labelTarget(_ l: Int) -> Int {
            guard l >= 0 && l < b.labelPos.count else { return 0 }
            let p = b.labelPos[l]
            guard p >= 0 && p < finalIndex.count else { return 0 }
            return finalIndex[p]
        }

        // Constants actually used (CPython's remove_unused_consts).
        var used = [Bool](repeating: false, count: b.constants.count)
        if h.keepFirstConst && !used.isEmpty { used[0] = true }
        for (i, ins) in b.instrs.enumerated() where kept(i) && ins.op == .LOAD_CONST && ins.arg < used.count {
            used[ins.arg] = true
        }
        var constMap = [Int](repeating: 0, count: b.constants.count)
        var consts: [CodeConstant] = []
        for (i, c) in b.constants.enumerated() where used[i] {
            constMap[i] = consts.count
            consts.append(c)
        }

        let u = CodeUnit()
        u.name = h.name
        u.qualname = h.qualname
        u.filename = h.filename
        u.firstLineNo = h.firstLineNo
        u.argCount = h.argCount
        u.posOnlyArgCount = h.posOnlyArgCount
        u.kwOnlyArgCount = h.kwOnlyArgCount
        u.constants = consts
        u.names = b.names
        u.varnames = b.varnames
        u.cellvars = b.cellvars
        u.freevars = b.freevars
        u.stackSize = stackSize
        var flags = h.flags
        if b.cellvars.isEmpty && b.freevars.isEmpty { flags.insert(.noFree) }
        u.flags = flags

        var instructions: [Instruction] = []
        var positions: [InstructionPosition] = []
        var table: [ExceptionTableEntry] = []
        instructions.reserveCapacity(k)
        positions.reserveCapacity(k)
        var lastPos = InstructionPosition(line: Int32(clamping: h.firstLineNo), endLine: Int32(clamping: h.firstLineNo), col: -1, endCol: -1)
        for (i, ins) in b.instrs.enumerated() where kept(i) {
            var arg = ins.arg
            if ins.target >= 0 {
                arg = labelTarget(ins.target)
            } else if ins.op == .LOAD_CONST && arg < constMap.count {
                arg = constMap[arg]
            }
            if arg < 0 || arg > Instruction.maxArg {
                throw PySyntaxError(.syntaxError, "code unit too large to compile", lineno: h.firstLineNo, offset: 0)
            }
            let idx = instructions.count
            instructions.append(Instruction(ins.op, arg))
            if let r = ins.loc, r.lineno > 0 {
                lastPos = InstructionPosition(line: r.lineno, endLine: r.endLineno, col: r.col, endCol: r.endCol)
            }
            positions.append(lastPos)
            // Exception table.
            if ins.handler >= 0 && ins.handler < handlers.count {
                let rec = handlers[ins.handler]
                let hTarget = labelTarget(rec.label)
                var depth = max(0, rec.depth)
                let lasti = rec.kind != .setupFinally
                if rec.kind == .setupWith { depth = max(0, depth - 1) }
                if var last = table.last, last.end == idx, last.handler == hTarget,
                   last.depth == depth, last.pushLasti == lasti {
                    last.end = idx + 1
                    table[table.count - 1] = last
                } else {
                    table.append(ExceptionTableEntry(start: idx, end: idx + 1, handler: hTarget, depth: depth, pushLasti: lasti))
                }
            }
        }
        u.instructions = instructions
        u.positions = positions
        u.exceptionTable = table
        return u
    }
}
