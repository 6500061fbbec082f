// The static checks over a loaded procedure; see ProcedureChecker.
