//go:build race

package host

// underRace is true in a build with the race detector, which multiplies
// memory several times: memory bounds are checked without it.
const underRace = true
