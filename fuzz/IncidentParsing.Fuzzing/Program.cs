using IncidentParsing.Fuzzing;

// AFL entry point (instrumented run): `afl-fuzz ... -- dotnet IncidentParsing.Fuzzing.dll`.
// Replay (no AFL, used by CI): `dotnet IncidentParsing.Fuzzing.dll --replay fuzz/corpus [more dirs]`.
return args.Length > 0 && args[0] == "--replay"
    ? ParseTarget.Replay(args[1..], Console.Out)
    : ParseTarget.RunUnderAfl();
