import { NotFoundMessage } from "@/components/shell/not-found-message";

// Inside the organization's layout, so the header and its navigation stay; "/" finds the member's inbox.
export default function OrganizationNotFound() {
  return <NotFoundMessage />;
}
