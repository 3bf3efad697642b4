import { Server } from "partyserver";
export class ApartmentRoom extends Server<Env> {
  static override options = { hibernate: true };
}
