package cli

func cmdSchema(c *Ctx, args []string) int { return notBuilt(c, "schema") }
