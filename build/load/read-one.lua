-- GET <path prefix><random seeded id>; args: <ids file> <path prefix>
local ids, prefix = {}, ""
function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  prefix = args[2]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)])
end
