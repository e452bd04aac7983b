//go:build !race

package host

const underRace = false

// raceSlack: without the race detector, timed bounds are as stated.
const raceSlack = 1
