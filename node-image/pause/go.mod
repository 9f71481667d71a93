module podlife.local/node-image/pause

go 1.22
