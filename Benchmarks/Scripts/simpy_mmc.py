"""The benchmark network of docs/simulation.md in SimPy: a gateway of 4 workers, then two services,
the second with a database, every station at rho = 0.7; Poisson arrivals at 1000/s.
With TIMEOUT_SECONDS, the gateway's two calls race a timer, as `timeout: 2s` does in architect.
Usage: python3 simpy_mmc.py REQUESTS [TIMEOUT_SECONDS]"""
import random
import sys

import simpy

RATE = 1000.0
STATIONS = [("gateway", 4, 0.0028), ("first", 2, 0.0014), ("second", 1, 0.0007), ("db", 1, 0.0007)]


def main():
    requests = int(sys.argv[1])
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else None
    env = simpy.Environment()
    rng = random.Random(1)
    servers = {name: simpy.Resource(env, capacity=c) for name, c, _ in STATIONS}
    done = {"count": 0, "latency": 0.0}

    def visit(name, mean):
        with servers[name].request() as slot:
            yield slot
            yield env.timeout(rng.expovariate(1 / mean))

    def call(name, mean):
        if timeout is None:
            yield env.process(visit(name, mean))
            return
        work = env.process(visit(name, mean))
        yield work | env.timeout(timeout)

    def request():
        start = env.now
        yield env.process(visit("gateway", 0.0028))
        yield from call("first", 0.0014)
        yield from call("second", 0.0007)
        yield env.process(visit("db", 0.0007))  # a datastore operation has no timeout in the model
        done["count"] += 1
        done["latency"] += env.now - start

    def source():
        for _ in range(requests):
            yield env.timeout(rng.expovariate(RATE))
            env.process(request())

    env.process(source())
    env.run()
    print(f"{done['count']} requests, mean {done['latency'] / done['count'] * 1000:.3f} ms")


main()
