//go:build race

package host

// underRace is true in a build with the race detector, which multiplies
// memory several times: memory bounds are checked without it.
const underRace = true

// raceSlack is how many times longer a timed bound may take: the race
// detector slows the host five to ten times.
const raceSlack = 8
