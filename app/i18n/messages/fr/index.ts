import { fr as server } from "../../../../worker/lib/i18n/messages/fr";
import { auth } from "./auth";
import { orgSettings } from "./org-settings";
import { shell } from "./shell";
import { rentRevision } from "./rentRevision";
import { rentRevisionPanel } from "./rentRevisionPanel";
import { agreementActions } from "./agreementActions";
import { statusBadge } from "./statusBadge";
import { receiptLink } from "./receiptLink";
import { paymentForm } from "./paymentForm";
import { firstPayment } from "./firstPayment";
import { apartmentGlance } from "./apartmentGlance";
import { listings } from "./listings";
import { admin } from "./admin";
import { home } from "./home";
import { onboarding } from "./onboarding";
import { profile } from "./profile";
import { dossier } from "./dossier";
import { account } from "./account";
import { accountExport } from "./accountExport";
import { documents } from "./documents";
import { homes } from "./homes";
import { applications } from "./applications";
import { errors } from "./errors";
import { ui } from "./ui";
import { devMail } from "./devMail";
import { verify } from "./verify";
import { privacy } from "./privacy";
import { dashboard } from "./dashboard";
import { properties } from "./properties";
import { apartments } from "./apartments";
import { deleteSection } from "./deleteSection";
import { team } from "./team";
import { room } from "./room";
import { documentsPanel } from "./documentsPanel";
import { signing } from "./signing";
import { ledger } from "./ledger";
import { money } from "./money";
import { leaseEnd } from "./leaseEnd";
import { listingApplications } from "./listingApplications";
import { receipt } from "./receipt";
import { actionForms } from "./actionForms";
import { systemText } from "./systemText";
import { feed } from "./feed";
import { ledgerForms } from "./ledgerForms";
import { rent } from "./rent";
import { agreement } from "./agreement";
import { lease } from "./lease";
import { leases } from "./leases";
import { navigation } from "./navigation";
import { findHome } from "./findHome";
import { orgDashboard } from "./orgDashboard";
import { checklist } from "./checklist";
import { review } from "./review";
import { listingManage } from "./listingManage";
import { expenses } from "./expenses";
import { maintenance } from "./maintenance";
import { maintenanceRequest } from "./maintenanceRequest";
import { maintenanceStaff } from "./maintenanceStaff";
import { toast } from "./toast";
import { leaseCharges } from "./leaseCharges";
import { maintenanceFeed } from "./maintenanceFeed";
import { audit } from "./audit";
import { auditActions } from "./auditActions";
import { adminAudit } from "./adminAudit";
import { apartmentTabs } from "./apartmentTabs";
import { erasureForms } from "./erasureForms";
import { erasureModal } from "./erasureModal";

/**
 * The French UI catalogue, the reference: every other language is typed against it. One namespace per
 * file and feature; the server's shared namespaces (`common`, `problems`, `validation`) come along so
 * pages show an API problem's sentence by its code.
 */
export const fr = {
  ...server,
  shell,
  auth,
  orgSettings,
  rentRevision,
  rentRevisionPanel,
  agreementActions,
  statusBadge,
  receiptLink,
  paymentForm,
  firstPayment,
  apartmentGlance,
  listings,
  admin,
  home,
  onboarding,
  profile,
  dossier,
  account,
  accountExport,
  documents,
  homes,
  applications,
  errors,
  ui,
  devMail,
  privacy,
  verify, // Staff side (landlords, managers).
  dashboard,
  properties,
  apartments,
  deleteSection,
  team,
  room,
  documentsPanel,
  signing,
  ledger,
  leaseEnd,
  listingApplications,
  receipt,
  actionForms,
  systemText,
  ledgerForms,
  feed,
  rent,
  lease,
  leases,
  agreement,
  navigation,
  findHome,
  orgDashboard,
  checklist,
  review,
  listingManage,
  money,
  expenses,
  maintenance,
  maintenanceRequest,
  maintenanceStaff,
  toast,
  leaseCharges,
  maintenanceFeed,
  audit,
  auditActions,
  adminAudit,
  apartmentTabs,
  erasureForms,
  erasureModal,
};
