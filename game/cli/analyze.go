package cli

func cmdAnalyze(c *Ctx, args []string) int { return notBuilt(c, "analyze") }
