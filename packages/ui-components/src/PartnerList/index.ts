export { PartnerList, type PartnerListProps } from './PartnerList';
