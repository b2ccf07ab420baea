-- bench/peers/fib.lua — bench/programs/fib.vm in Lua (Lua 5.4 and LuaJIT).
-- Usage: lua fib.lua REPS   runs the program REPS times.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

for _ = 1, tonumber(arg[1] or 1) do
  io.write(string.format("%d\n", fib(27)))
end
