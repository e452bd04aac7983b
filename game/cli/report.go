package cli

func cmdReport(c *Ctx, args []string) int { return notBuilt(c, "report") }
