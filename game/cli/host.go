package cli

func cmdHost(c *Ctx, args []string) int { return notBuilt(c, "host") }
