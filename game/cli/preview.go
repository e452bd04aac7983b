package cli

func cmdPreview(c *Ctx, args []string) int { return notBuilt(c, "preview") }
