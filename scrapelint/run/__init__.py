"""Running files: one file through the engine, many on several cores, the result cache."""
