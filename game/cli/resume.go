package cli

func cmdResume(c *Ctx, args []string) int { return notBuilt(c, "resume") }
