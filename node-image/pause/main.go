// Command pause is the pod sandbox's PID 1: it holds the pod's namespaces
// open, reaps orphaned children, and exits promptly when asked to stop.
// The node image builds it from this source so that no image is pulled.
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signals := make(chan os.Signal, 8)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGCHLD)
	for sig := range signals {
		if sig == syscall.SIGCHLD {
			reap()
			continue
		}
		// Exit status follows the shell convention so that a stopped sandbox
		// is distinguishable from a crashed one in the runtime's records.
		os.Exit(128 + int(sig.(syscall.Signal)))
	}
}

// reap collects every exited child without blocking: processes re-parented
// to PID 1 would otherwise stay zombies for the life of the pod.
func reap() {
	for {
		var status syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &status, syscall.WNOHANG, nil)
		if pid <= 0 || err != nil {
			return
		}
	}
}
