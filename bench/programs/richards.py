"""Richards: an operating-system task scheduler simulation (classes, method
calls, attribute access, linked lists of packets).

Argument: number of scheduler runs."""
import sys

DEFAULT = 15
SMALL = 1

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = range(6)
K_DEV, K_WORK = 1000, 1001
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError("no task %d" % ident)
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_suspended():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                if len(self.trace) < 64:
                    self.trace.append(t.ident)
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, init_state):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self
        self.packet_pending = init_state.packet_pending
        self.task_waiting = init_state.task_waiting
        self.task_holding = init_state.task_holding

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            pkt = self.input
            self.input = pkt.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            pkt = None
        return self.step(pkt)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, count):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(I_DEV_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(I_DEV_B)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(pkt)
        self.pending = pkt
        return self.sched.hold_self()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUF_SIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.destination = I_HANDLER_B if self.destination == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUF_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count  # 'A'.. 'Z'
        return self.sched.queue_packet(pkt)


def run_once(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, TaskState().running(), count)

    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, q, TaskState().waiting_with_packet())

    q = Packet(None, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    q = Packet(q, I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, q, TaskState().waiting_with_packet())

    q = Packet(None, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    q = Packet(q, I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, q, TaskState().waiting_with_packet())

    DeviceTask(s, I_DEV_A, 4000, None, TaskState().waiting())
    DeviceTask(s, I_DEV_B, 5000, None, TaskState().waiting())

    s.schedule()
    return s


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    total_q = total_h = 0
    s = None
    for _ in range(runs):
        s = run_once(10000)
        total_q += s.qpkt_count
        total_h += s.hold_count
    print("qpkt_count %d hold_count %d" % (s.qpkt_count, s.hold_count))
    print("totals %d %d" % (total_q, total_h))
    print("trace", "".join(str(i) for i in s.trace))
    if s.qpkt_count != 23246 or s.hold_count != 9297:
        print("unexpected scheduler counts")


main()
