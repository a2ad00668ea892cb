export { PartnerLine, type PartnerLineProps } from './PartnerLine';
