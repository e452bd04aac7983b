package table

import "github.com/brink-ttx/brink/game/bilingual"

// zhMsg is the Chinese of the table's messages.
var zhMsg = bilingual.Catalogue{
	"%w: the game's journal cannot be written (%v); try again": "%v：本局推演记录无法写入（%v）；请重试",
}
