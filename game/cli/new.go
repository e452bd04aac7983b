package cli

func cmdNew(c *Ctx, args []string) int { return notBuilt(c, "new") }
