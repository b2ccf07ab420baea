# bench/peers/empty.py — does nothing: the harness runs it to measure the
# interpreter's start-up time, which it subtracts from every workload's.
