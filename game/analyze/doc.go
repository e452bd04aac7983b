// Package analyze plays many seeded games of a scenario for every pairing of
// bot personalities and reports its balance.
package analyze
