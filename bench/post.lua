-- Requests the post paths in post-paths.txt (one per line) in turn, from a different start on each thread.
local paths = {}
for line in io.lines(os.getenv("BENCH_POST_PATHS")) do paths[#paths + 1] = line end
local counter = 0
function setup(thread)
  thread:set("offset", counter * 997)
  counter = counter + 1
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i + offset) % #paths + 1])
end
