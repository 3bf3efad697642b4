// Baseline for the fan-out bench: a Socket.IO 4 server on Node doing the same job as an apartment room
// (everyone joins one room, each chat message is broadcast to the room). Port from argv, loopback only.
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { transports: ["websocket"], serveClient: false });
let seq = 0;
io.on("connection", (socket) => {
  socket.join("apartment");
  socket.emit("hello", { seq });
  socket.on("chat", (message) => {
    seq++;
    io.to("apartment").emit("chat", { seq, message });
  });
});
http.listen(port, "127.0.0.1", () => process.send?.("ready"));
