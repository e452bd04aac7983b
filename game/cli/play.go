package cli

func cmdPlay(c *Ctx, args []string) int { return notBuilt(c, "play") }
